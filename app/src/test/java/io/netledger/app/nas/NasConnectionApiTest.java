package io.netledger.app.nas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.routeros.simulator.Fault;
import io.netledger.routeros.simulator.RouterOsSimulator;
import io.netledger.routeros.simulator.SimulatorConfig;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /api/v1/nas-servers/{id}/test-connection against a RouterOS simulator on a real port. */
class NasConnectionApiTest extends ApiTest {

    private RouterOsSimulator router;
    private String staff;

    @BeforeEach
    void startRouter() throws Exception {
        router = RouterOsSimulator.start(SimulatorConfig.defaults().withCredentials("netledger", "Router-Pw-1")
                .withVersion("7.16"));
        staff = adminToken();
    }

    @AfterEach
    void stopRouter() {
        router.close();
    }

    private String register(int port, String password, String apiType) {
        String id = api.post("/api/v1/nas-servers", staff, """
                {"name": "Simulated", "ipAddress": "127.0.0.1", "port": %d, "username": "netledger",
                 "password": "%s", "apiType": "%s"}""".formatted(port, password, apiType)).json().get("id").asText();
        api.awaitGet("/api/v1/nas-servers/" + id, staff, r -> r.status() == 200);
        return id;
    }

    @Test
    void reportsVersionBoardAndLatencyOfAReachableRouter() {
        String id = register(router.port(), "Router-Pw-1", "routeros_v7");
        Reply reply = api.post("/api/v1/nas-servers/" + id + "/test-connection", staff, null);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode result = reply.json();
        assertThat(result.get("reachable").asBoolean()).isTrue();
        assertThat(result.get("version").asText()).startsWith("7.16");
        assertThat(result.get("boardName").asText()).isNotBlank();
        assertThat(result.get("latencyMs").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(router.commandLog()).contains("/system/resource/print");
    }

    @Test
    void logsInToAnOldRouterWithTheChallengeMethod() throws Exception {
        try (RouterOsSimulator old = RouterOsSimulator.start(SimulatorConfig.defaults()
                .withCredentials("netledger", "Router-Pw-1").withVersion("6.42"))) {
            String id = register(old.port(), "Router-Pw-1", "routeros_v6");
            Reply reply = api.post("/api/v1/nas-servers/" + id + "/test-connection", staff, null);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().get("version").asText()).startsWith("6.42");
        }
    }

    @Test
    void saysSoWhenTheCredentialsAreWrong() {
        String id = register(router.port(), "not-the-password", "routeros_v7");
        Reply reply = api.post("/api/v1/nas-servers/" + id + "/test-connection", staff, null);

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("reason").asText()).isEqualTo("bad_credentials");
        assertThat(reply.body()).doesNotContain("not-the-password");
    }

    @Test
    void saysSoWhenNothingListens() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String id = register(closedPort, "Router-Pw-1", "routeros_v7");
        Reply reply = api.post("/api/v1/nas-servers/" + id + "/test-connection", staff, null);

        assertThat(reply.status()).isEqualTo(502);
        assertThat(reply.json().get("reason").asText()).isEqualTo("refused");
    }

    @Test
    void saysSoWhenTheRouterDoesNotAnswer() {
        String id = register(router.port(), "Router-Pw-1", "routeros_v7");
        router.faults().on("/system/resource/print", new Fault.NoAnswer(), Integer.MAX_VALUE);
        Reply reply = api.post("/api/v1/nas-servers/" + id + "/test-connection", staff, null);

        assertThat(reply.status()).isEqualTo(504);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.json().get("reason").asText()).isEqualTo("timeout");
        assertThat(reply.json().get("latencyMs").asLong()).as("waited for the 1.5 s command timeout, not forever")
                .isGreaterThanOrEqualTo(1_400).isLessThan(Duration.ofSeconds(10).toMillis());
    }

    @Test
    void anUnknownRouterIsNotFound() {
        Reply reply = api.post("/api/v1/nas-servers/4242/test-connection", staff, null);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.isProblem()).isTrue();
    }
}
