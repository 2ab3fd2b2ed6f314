package io.netledger.app.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Router-work events written before they moved from {@code api.subscription} to {@code api.provisioning} are
 * still read: by the projections (the provisioning view, the subscription's router id) and by the aggregate
 * (a failure stored under the old name can be retried).
 */
class FormerRouterWorkNamesTest extends ApiTest {

    private static final String FORMER = "io.netledger.api.subscription.";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void eventsStoredUnderTheirFormerNamesAreReadAsTheNewOnes() {
        String staff = adminToken();
        String subscription = pendingSubscriptionOnAManualNas(staff);
        long id = Long.parseLong(subscription);

        append(id, "RouterWorkStarted", """
                {"subscriptionId": %d, "operation": "provision", "cause": "invoice 1 paid"}""".formatted(id));
        append(id, "SubscriptionRouterSynced", """
                {"subscriptionId": %d, "mikrotikId": "*2A", "mikrotikConfig": {"profile": "lama"}}""".formatted(id));
        append(id, "RouterWorkFailed", """
                {"subscriptionId": %d, "operation": "provision", "step": "ensure_ppp_profile", "attempts": 2,
                 "error": "other: bad profile", "compensation": "subscription stays pending"}""".formatted(id));

        JsonNode failed = api.awaitGet("/api/v1/subscriptions/" + subscription + "/provisioning", staff,
                r -> r.status() == 200 && "failed".equals(r.json().path("state").asText())).json();
        assertThat(failed.get("operation").asText()).isEqualTo("provision");
        assertThat(failed.get("cause").asText()).isEqualTo("invoice 1 paid");
        assertThat(failed.get("step").asText()).isEqualTo("ensure_ppp_profile");
        assertThat(failed.get("attempts").asInt()).isEqualTo(2);
        assertThat(failed.get("compensation").asText()).isEqualTo("subscription stays pending");
        api.awaitGet("/api/v1/subscriptions/" + subscription, staff,
                r -> "*2A".equals(r.json().path("mikrotikId").asText()));

        Reply retry = api.post("/api/v1/subscriptions/" + subscription + "/provisioning/retry", staff, null);
        assertThat(retry.status()).as("the aggregate knows the failure it was sourced from: " + retry.body())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("""
                select payload_type from domain_event_entry where aggregate_identifier = ?
                order by sequence_number desc limit 1""", String.class, subscription))
                .isEqualTo("io.netledger.api.provisioning.RouterWorkRetryRequested");
    }

    /** An event as an older NetLedger wrote it, next in the subscription's stream. */
    private void append(long subscriptionId, String simpleName, String payload) {
        long next = jdbc.queryForObject("select max(sequence_number) + 1 from domain_event_entry"
                + " where aggregate_identifier = ?", Long.class, String.valueOf(subscriptionId));
        jdbc.update("""
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload, meta_data)
                values (?, ?, ?, 'Subscription', ?, ?, ?, ?)""", UUID.randomUUID().toString(),
                String.valueOf(subscriptionId), next, Instant.now().toString(), FORMER + simpleName,
                payload.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    }

    private String pendingSubscriptionOnAManualNas(String staff) {
        String customer = newCustomer(staff, "Pelanggan " + Ids.next());
        String plan = api.post("/api/v1/service-plans", staff, """
                {"name": "Lama %s", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(Ids.next())).json().get("id").asText();
        String nas = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP %s", "ipAddress": "127.0.0.1", "port": 8728, "username": "netledger",
                 "password": "Router-Pw-1", "apiType": "routeros_v7", "configuration": {"provisioning": "manual"}}"""
                .formatted(Ids.next())).json().get("id").asText();
        Reply created = api.post("/api/v1/customers/" + customer + "/subscriptions", staff, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "lama-%s", "password": "pppoe-pw-1",
                 "startDate": "2026-12-01"}""".formatted(plan, nas, Ids.next()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        api.awaitGet("/api/v1/subscriptions/" + id, staff, r -> r.status() == 200);
        return id;
    }
}
