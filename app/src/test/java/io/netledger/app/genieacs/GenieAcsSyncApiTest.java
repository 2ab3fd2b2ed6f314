package io.netledger.app.genieacs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.genieacs.nbi.DeviceFleet;
import io.netledger.genieacs.nbi.GenieAcsNbiDouble;
import io.netledger.genieacs.nbi.SimulatedDevice;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Syncs of an ACS (the NBI double) into the device read model: full, incremental, links by rule and by hand. */
class GenieAcsSyncApiTest extends ApiTest {

    private GenieAcsNbiDouble acs;
    private String admin;
    private final List<SimulatedDevice> devices = new ArrayList<>();

    @BeforeEach
    void startAcs() throws Exception {
        acs = GenieAcsNbiDouble.start(0);
        admin = adminToken();
        Instant anHourAgo = acs.state().clock().instant().minus(Duration.ofHours(1));
        for (int n = 1; n <= 6; n++) {
            devices.add(acs.state().add(DeviceFleet.device(n, anHourAgo, false).informedAt(anHourAgo)));
        }
    }

    @AfterEach
    void stopAcs() {
        acs.close();
    }

    private String integration(String url) {
        Reply created = api.post("/api/v1/genieacs-integrations", admin, """
                {"endpointUrl": "%s", "configuration": {"linkBy": "pppoe_username"}}""".formatted(url));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /** A subscription sold through the API whose PPPoE username is {@code username}, once it is readable. */
    private String subscription(String username) {
        String customer = newCustomer(admin, "Pelanggan " + username);
        Reply plan = api.post("/api/v1/service-plans", admin, """
                {"name": "Rumah %s", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(Ids.next()));
        Reply nas = api.post("/api/v1/nas-servers", admin, """
                {"name": "POP %s", "ipAddress": "10.30.0.1", "username": "netledger", "password": "router-pw-1",
                 "apiType": "routeros_v7"}""".formatted(Ids.next()));
        Reply sold = api.post("/api/v1/customers/" + customer + "/subscriptions", admin, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "%s", "password": "pppoe-pw-1"}"""
                .formatted(plan.json().get("id").asText(), nas.json().get("id").asText(), username));
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        readAfter("/api/v1/subscriptions/" + sold.json().get("id").asText(), admin, sold);
        return sold.json().get("id").asText();
    }

    private JsonNode devicesOf(String integrationId, boolean unclaimed) {
        Reply listed = api.get("/api/v1/cpe-devices?integrationId=" + integrationId + "&unclaimed=" + unclaimed,
                admin);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return listed.json().get("content");
    }

    private static List<String> ids(JsonNode devices) {
        List<String> ids = new ArrayList<>();
        devices.forEach(d -> ids.add(d.get("deviceId").asText()));
        return ids;
    }

    @Test
    void aFullSyncReadsEveryDeviceAndLinksThoseWhoseUsernameASubscriptionHas() {
        String username = "cpe-" + Ids.next();
        String budi = subscription(username);
        devices.get(0).configured(devices.get(0).model().pppUsername(), username);
        String id = integration(acs.url().toString());

        Reply full = api.post("/api/v1/genieacs-integrations/" + id + "/sync?type=full", admin, null);

        assertThat(full.status()).as(full.body()).isEqualTo(200);
        assertThat(full.json().get("syncType").asText()).isEqualTo("full");
        assertThat(full.json().get("devices").asInt()).isEqualTo(6);
        // The background round may have synced the new integration first and linked the device already.
        assertThat(full.json().get("linkedByRule").asInt()).isBetween(0, 1);
        JsonNode all = devicesOf(id, false);
        assertThat(all).hasSize(6);
        JsonNode first = null;
        for (JsonNode device : all) {
            if (device.get("deviceId").asText().equals(devices.get(0).id().value())) {
                first = device;
            }
        }
        assertThat(first).isNotNull();
        assertThat(first.get("subscriptionId").asText()).isEqualTo(budi);
        assertThat(first.get("linkedBy").asText()).isEqualTo("rule");
        assertThat(first.get("online").asBoolean()).as("informed an hour ago").isFalse();
        assertThat(first.get("pppoeUsername").asText()).isEqualTo(username);
        assertThat(ids(devicesOf(id, true))).hasSize(5).doesNotContain(devices.get(0).id().value());
        assertThat(all.toString()).doesNotContainIgnoringCase("password");
    }

    @Test
    void anIncrementalSyncReadsOnlyTheDevicesThatInformedSinceTheLastOne() {
        String id = integration(acs.url().toString());
        assertThat(api.post("/api/v1/genieacs-integrations/" + id + "/sync?type=full", admin, null).status())
                .isEqualTo(200);
        acs.state().clock().advance(Duration.ofMinutes(5));
        acs.state().inform(devices.get(2).id().value());
        acs.state().inform(devices.get(3).id().value());
        acs.resetCounts();

        Reply incremental = api.post("/api/v1/genieacs-integrations/" + id + "/sync", admin, null);

        assertThat(incremental.status()).as(incremental.body()).isEqualTo(200);
        assertThat(incremental.json().get("syncType").asText()).isEqualTo("incremental");
        assertThat(incremental.json().get("devices").asInt()).isEqualTo(2);
        assertThat(incremental.json().get("nbiCalls").asLong()).isEqualTo(1);
        assertThat(acs.requests()).isEqualTo(1);
        assertThat(devicesOf(id, false)).filteredOn(d -> d.get("online").asBoolean()).extracting(
                d -> d.get("deviceId").asText()).containsExactlyInAnyOrder(devices.get(2).id().value(),
                devices.get(3).id().value());
        JsonNode syncs = api.get("/api/v1/genieacs-integrations/" + id + "/syncs", admin).json().get("content");
        // The newest first; the background round may have added a full sync of its own before ours.
        assertThat(syncs.get(0).get("syncType").asText()).isEqualTo("incremental");
        assertThat(syncs).extracting(s -> s.get("syncType").asText()).contains("full");
        assertThat(syncs).extracting(s -> s.get("status").asText()).containsOnly("success");
        assertThat(syncs.get(0).get("data").get("devices").asInt()).isEqualTo(2);
        assertThat(syncs.get(0).get("entityType").asText()).isEqualTo("integration");
    }

    @Test
    void staffLinkAnUnclaimedDeviceByHand() {
        String sub = subscription("hand-" + Ids.next());
        String id = integration(acs.url().toString());
        api.post("/api/v1/genieacs-integrations/" + id + "/sync?type=full", admin, null);
        String staff = newLogin(admin, "staff");
        String device = devices.get(4).id().value();

        Reply linked = api.post("/api/v1/subscriptions/" + sub + "/cpe", staff, """
                {"integrationId": "%s", "deviceId": "%s"}""".formatted(id, device));

        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        JsonNode unclaimed = api.awaitGet("/api/v1/cpe-devices?integrationId=" + id + "&unclaimed=true", staff,
                r -> !r.body().contains(device)).json().get("content");
        assertThat(unclaimed).hasSize(5);
        JsonNode mine = devicesOf(id, false);
        assertThat(mine).filteredOn(d -> d.get("deviceId").asText().equals(device)).singleElement()
                .satisfies(d -> {
                    assertThat(d.get("subscriptionId").asText()).isEqualTo(sub);
                    assertThat(d.get("linkedBy").asText()).isEqualTo("staff");
                });
    }

    @Test
    void refusesALinkToADeviceTheAcsDoesNotHoldAndBadLinksAndWritesNothing() {
        String sub = subscription("bad-" + Ids.next());
        String id = integration(acs.url().toString());
        api.awaitGet("/api/v1/genieacs-integrations/" + id, admin, r -> r.status() == 200);
        long before = events();

        List<Reply> refused = List.of(
                api.post("/api/v1/subscriptions/" + sub + "/cpe", admin, """
                        {"integrationId": "%s", "deviceId": "00259E-HG8245H-NOSUCH"}""".formatted(id)),
                api.post("/api/v1/subscriptions/" + sub + "/cpe", admin, """
                        {"integrationId": "%s", "deviceId": "no-dash-at-all"}""".formatted(id).replace("-", "")),
                api.post("/api/v1/subscriptions/" + sub + "/cpe", admin, "{\"integrationId\": \"" + id + "\"}"),
                api.post("/api/v1/subscriptions/" + sub + "/cpe", admin, """
                        {"integrationId": "abc", "deviceId": "%s"}""".formatted(devices.get(0).id().value())),
                api.post("/api/v1/subscriptions/" + sub + "/cpe", admin, """
                        {"integrationId": "1", "deviceId": "%s"}""".formatted(devices.get(0).id().value())),
                api.post("/api/v1/subscriptions/" + sub + "/cpe", admin, "{\"integrationId\": "),
                api.post("/api/v1/subscriptions/1/cpe", admin, """
                        {"integrationId": "%s", "deviceId": "%s"}""".formatted(id, devices.get(0).id().value())),
                api.post("/api/v1/genieacs-integrations/" + id + "/sync?type=sideways", admin, null),
                api.post("/api/v1/genieacs-integrations/1/sync", admin, null),
                api.get("/api/v1/cpe-devices?integrationId=x", admin),
                api.get("/api/v1/genieacs-integrations/1/syncs", admin),
                api.get("/api/v1/genieacs-integrations/" + id + "/syncs?size=0", admin),
                api.get("/api/v1/cpe-devices?size=100000", admin));

        for (Reply reply : refused) {
            assertThat(reply.status()).as(reply.body()).isBetween(400, 499);
            assertThat(reply.isProblem()).as(reply.body()).isTrue();
        }
        assertThat(events()).isEqualTo(before);
        String customer = customerLogin(admin, newCustomer(admin, "Pelanggan"));
        assertThat(api.get("/api/v1/cpe-devices", customer).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/subscriptions/" + sub + "/cpe", customer, """
                {"integrationId": "%s", "deviceId": "%s"}""".formatted(id, devices.get(0).id().value())).status())
                .isEqualTo(403);
    }

    @Test
    void aNewIntegrationGetsItsFullSyncFromTheRoundOnItsOwn() {
        String id = integration(acs.url().toString());

        // The round runs every minute on one node (db-scheduler), whenever this test happens to start.
        JsonNode first = Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> api.get("/api/v1/genieacs-integrations/" + id + "/syncs", admin).json().get("content"),
                        syncs -> syncs.size() > 0 && !syncs.get(0).get("status").asText().equals("pending"));

        assertThat(first).singleElement().satisfies(sync -> {
            assertThat(sync.get("syncType").asText()).isEqualTo("full");
            assertThat(sync.get("status").asText()).isEqualTo("success");
            assertThat(sync.get("data").get("devices").asInt()).isEqualTo(6);
        });
        assertThat(api.get("/api/v1/genieacs-integrations/" + id, admin).json().get("lastSync").isNull()).isFalse();
    }

    @Test
    void aSyncOfAnAcsThatCannotBeReachedIsRecordedAsFailed() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String id = integration("http://127.0.0.1:" + closed);

        Reply sync = api.post("/api/v1/genieacs-integrations/" + id + "/sync", admin, null);

        assertThat(sync.status()).isEqualTo(502);
        assertThat(sync.json().get("reason").asText()).isEqualTo("unreachable");
        JsonNode recorded = api.get("/api/v1/genieacs-integrations/" + id + "/syncs", admin).json().get("content");
        assertThat(recorded).allSatisfy(row -> {
            assertThat(row.get("status").asText()).isEqualTo("failed");
            assertThat(row.get("syncType").asText()).as("never synced: a full sync").isEqualTo("full");
            assertThat(row.get("errorMessage").asText()).contains("could not be reached");
        });
    }
}
