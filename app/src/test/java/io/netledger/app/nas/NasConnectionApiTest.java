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
        String id = registerOnly(port, password, apiType);
        api.awaitGet("/api/v1/nas-servers/" + id, staff, r -> r.status() == 200);
        return id;
    }

    /** Registers without waiting for the read model, as a user who acts on the answer at once. */
    private String registerOnly(int port, String password, String apiType) {
        Reply created = api.post("/api/v1/nas-servers", staff, """
                {"name": "Simulated", "ipAddress": "127.0.0.1", "port": %d, "username": "netledger",
                 "password": "%s", "apiType": "%s"}""".formatted(port, password, apiType));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void testsAndReconcilesARouterTheMomentItIsRegistered() {
        // The projections trail the event store by up to half a second: a few rounds, so that no lucky timing hides it.
        for (int round = 0; round < 3; round++) {
            String tested = registerOnly(router.port(), "Router-Pw-1", "routeros_v7");
            Reply test = api.post("/api/v1/nas-servers/" + tested + "/test-connection", staff, null);
            assertThat(test.status()).as(test.body()).isEqualTo(200);
            assertThat(test.json().get("version").asText()).startsWith("7.16");

            String reconciled = registerOnly(router.port(), "Router-Pw-1", "routeros_v7");
            Reply reconcile = api.post("/api/v1/nas-servers/" + reconciled + "/reconcile", staff, null);
            assertThat(reconcile.status()).as(reconcile.body()).isEqualTo(200);
            assertThat(reconcile.json().get("nasId").asText()).isEqualTo(reconciled);
            assertThat(reconcile.json().get("drifts")).isEmpty();
        }
        assertThat(router.commandLog()).contains("/system/resource/print", "/ppp/secret/print");
    }

    @Test
    void testsTheRouterWithThePasswordGivenAMomentAgo() {
        String id = register(router.port(), "not-the-password", "routeros_v7");
        Reply rotated = api.post("/api/v1/nas-servers/" + id + "/rotate-password", staff,
                "{\"password\": \"Router-Pw-1\"}");
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);

        Reply reply = api.post("/api/v1/nas-servers/" + id + "/test-connection", staff, null);
        assertThat(reply.status()).as("logged in with the new password, not the one the read model had: " + reply.body())
                .isEqualTo(200);
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
    void anUnknownRouterIsNotFoundAtOnce() {
        String customer = newCustomer(staff, "Bukan Router");
        for (String id : new String[] {"4242", customer}) {
            for (String action : new String[] {"test-connection", "reconcile"}) {
                long started = System.nanoTime();
                Reply reply = api.post("/api/v1/nas-servers/" + id + "/" + action, staff, null);
                assertProblem(reply, 404, "NAS server " + id + " does not exist");
                assertThat(Duration.ofNanos(System.nanoTime() - started))
                        .as("no waiting for a read model that will never show it").isLessThan(Duration.ofSeconds(1));
            }
        }
    }
}
