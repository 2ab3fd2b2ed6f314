package io.netledger.app.genieacs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.genieacs.nbi.DataModel;
import io.netledger.genieacs.nbi.DeviceFleet;
import io.netledger.genieacs.nbi.GenieAcsNbiDouble;
import io.netledger.genieacs.nbi.SimulatedDevice;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a subscription's suspension, reactivation and termination do to its CPE, by the integration's configuration. */
class CpeLifecycleApiTest extends ApiTest {

    private GenieAcsNbiDouble acs;
    private String admin;

    @BeforeEach
    void start() throws Exception {
        acs = GenieAcsNbiDouble.start(0);
        admin = adminToken();
    }

    @AfterEach
    void stop() {
        acs.close();
    }

    /** A subscription whose device (tagged {@code sub-<id>}) the tag rule links; answers the subscription's id. */
    private String linked(SimulatedDevice device, String configuration) {
        String customer = newCustomer(admin, "Pelanggan " + Ids.next());
        Reply plan = api.post("/api/v1/service-plans", admin, """
                {"name": "Rumah %s", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(Ids.next()));
        Reply nas = api.post("/api/v1/nas-servers", admin, """
                {"name": "POP %s", "ipAddress": "10.30.0.1", "username": "netledger", "password": "router-pw-1",
                 "apiType": "routeros_v7"}""".formatted(Ids.next()));
        Reply sold = api.post("/api/v1/customers/" + customer + "/subscriptions", admin, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "life-%s", "password": "pppoe-pw-1"}"""
                .formatted(plan.json().get("id").asText(), nas.json().get("id").asText(), Ids.next()));
        String subscription = sold.json().get("id").asText();
        readAfter("/api/v1/subscriptions/" + subscription, admin, sold);
        device.tagged("sub-" + subscription);
        String integration = api.post("/api/v1/genieacs-integrations", admin, """
                {"endpointUrl": "%s", "configuration": %s}""".formatted(acs.url(), configuration)).json().get("id")
                .asText();
        Reply sync = api.post("/api/v1/genieacs-integrations/" + integration + "/sync?type=full", admin, null);
        assertThat(sync.status()).as(sync.body()).isEqualTo(200);
        // Linked by this sync, or by the background round's that came first.
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !api.get("/api/v1/subscriptions/"
                + subscription + "/cpe", admin).json().get("device").isNull());
        return subscription;
    }

    private JsonNode cpe(String subscription) {
        return api.get("/api/v1/subscriptions/" + subscription + "/cpe", admin).json();
    }

    @Test
    void aSuspensionDisablesTheWanWhenConfiguredAndAReactivationEnablesItAgain() {
        SimulatedDevice ont = acs.state().add(DeviceFleet.device(2, acs.state().clock().instant(), false));
        String sub = linked(ont, """
                {"linkBy": "tag", "tagPrefix": "sub-", "disableWanOnSuspension": true}""");

        assertThat(api.post("/api/v1/subscriptions/" + sub + "/activate", admin, "{\"endDate\": \""
                + java.time.LocalDate.now().plusMonths(1) + "\"}").status()).isBetween(200, 299);
        Reply suspended = api.post("/api/v1/subscriptions/" + sub + "/suspend", admin, "{\"reason\": \"telat bayar\"}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "false".equals(
                String.valueOf(ont.value(DataModel.TR_098.wanEnable()))));

        assertThat(api.post("/api/v1/subscriptions/" + sub + "/reactivate", admin, null).status()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> "true".equals(
                String.valueOf(ont.value(DataModel.TR_098.wanEnable()))));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(cpe(sub).get("tasks"))
                .extracting(t -> t.get("kind").asText() + " " + t.get("state").asText())
                .contains("wan_disable done", "wan_enable done"));
    }

    @Test
    void aSuspensionLeavesTheDeviceAloneByDefault() {
        SimulatedDevice ont = acs.state().add(DeviceFleet.device(4, acs.state().clock().instant(), false));
        String sub = linked(ont, "{\"linkBy\": \"tag\", \"tagPrefix\": \"sub-\"}");
        api.post("/api/v1/subscriptions/" + sub + "/activate", admin, "{\"endDate\": \""
                + java.time.LocalDate.now().plusMonths(1) + "\"}");
        acs.resetCounts();

        Reply suspended = api.post("/api/v1/subscriptions/" + sub + "/suspend", admin, "{\"reason\": \"telat bayar\"}");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);

        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> acs.requestsByRoute().getOrDefault("POST /devices", 0L) == 0);
        assertThat(String.valueOf(ont.value(DataModel.TR_098.wanEnable()))).isEqualTo("true");
    }

    @Test
    void aTerminationRemovesTheLinkAndTheTagWhenConfigured() {
        SimulatedDevice zte = acs.state().add(DeviceFleet.device(3, acs.state().clock().instant(), false));
        String sub = linked(zte, """
                {"linkBy": "tag", "tagPrefix": "sub-", "removeTagsOnTermination": true}""");
        assertThat(cpe(sub).get("device").isNull()).isFalse();

        Reply terminated = api.post("/api/v1/subscriptions/" + sub + "/terminate", admin,
                "{\"reason\": \"pindah rumah\"}");
        assertThat(terminated.status()).as(terminated.body()).isEqualTo(200);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> zte.tags().isEmpty()
                && cpe(sub).get("device").isNull());
    }
}
