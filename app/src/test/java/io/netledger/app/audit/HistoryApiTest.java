package io.netledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api;
import io.netledger.app.ApiTest;
import io.netledger.app.customer.Sales;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An auditor reads every change of a record, and a record as it stood at any moment. */
class HistoryApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate database;

    @Test
    void aCustomersHistoryNamesWhoChangedWhatWhenAndFromWhereWithTheEventsOfHisSubscription() {
        String admin = adminToken();
        String customer = newCustomer(admin, "Wulan Sari");
        assertThat(api.put("/api/v1/customers/" + customer, admin, "{\"name\": \"Wulan Sari Dewi\"}", null).status())
                .isEqualTo(200);
        Api.Reply sold = Sales.subscription(api, admin, customer);
        String subscription = sold.json().get("id").asText();
        String auditor = newLogin(admin, "auditor");

        Api.Reply history = api.awaitGet("/api/v1/customers/" + customer + "/history", auditor,
                reply -> reply.status() == 200 && reply.json().get("events").size() >= 3);

        JsonNode events = history.json().get("events");
        JsonNode registered = events.get(0);
        assertThat(registered.get("eventType").asText()).isEqualTo("CustomerRegistered");
        assertThat(registered.get("ownEvent").asBoolean()).isTrue();
        assertThat(registered.get("sequence").asLong()).isZero();
        assertThat(registered.get("who").get("kind").asText()).isEqualTo("user");
        assertThat(registered.get("who").get("role").asText()).isEqualTo("admin");
        assertThat(registered.get("who").get("name").asText()).isNotBlank();
        assertThat(registered.get("clientIp").asText()).isEqualTo("127.0.0.1");
        assertThat(registered.get("userAgent").asText()).isNotBlank();
        assertThat(registered.get("correlationId").asText()).isNotBlank();
        assertThat(OffsetDateTime.parse(registered.get("occurredAt").asText()).getOffset())
                .isEqualTo(ZoneOffset.ofHours(7));
        assertThat(registered.get("payload").toString()).contains("Wulan Sari");
        assertThat(events.get(1).get("eventType").asText()).isEqualTo("CustomerDetailsChanged");
        assertThat(events.get(1).get("payload").toString()).contains("Wulan Sari Dewi");
        List<String> others = new ArrayList<>();
        events.forEach(event -> {
            if (!event.get("ownEvent").asBoolean()) {
                others.add(event.get("aggregateType").asText() + " " + event.get("aggregateId").asText() + " "
                        + event.get("eventType").asText());
            }
        });
        assertThat(others).contains("Subscription " + subscription + " SubscriptionCreated");
        long previous = 0;
        for (JsonNode event : events) {
            assertThat(event.get("position").asLong()).isGreaterThan(previous);
            previous = event.get("position").asLong();
        }

        // Paged by position: the next page starts after the last one's position.
        Api.Reply first = api.get("/api/v1/customers/" + customer + "/history?size=1", auditor);
        assertThat(first.json().get("events")).hasSize(1);
        Api.Reply second = api.get(first.json().get("next").asText(), auditor);
        assertThat(second.json().get("events").get(0).get("position").asLong())
                .isEqualTo(events.get(1).get("position").asLong());
    }

    @Test
    void aSubscriptionsHistoryShowsItsSecretsRedacted() {
        String admin = adminToken();
        String customer = newCustomer(admin, "Rudi Hartono");
        String subscription = Sales.subscription(api, admin, customer).json().get("id").asText();

        Api.Reply history = api.awaitGet("/api/v1/subscriptions/" + subscription + "/history", admin,
                reply -> reply.status() == 200 && reply.json().get("events").size() >= 1);

        assertThat(history.body()).contains("[redacted]").doesNotContain(Sales.PPPOE_PASSWORD);
        api.awaitGet("/api/v1/subscriptions/" + subscription, admin, reply -> reply.status() == 200);
        String sealed = database.queryForObject("select password_encrypted from customer_subscriptions where id = ?",
                String.class, Long.parseLong(subscription));
        assertThat(sealed).isNotBlank();
        assertThat(history.body()).doesNotContain(sealed);
    }

    @Test
    void historyIsForAuditorsAndAdministratorsAndRefusesBadInput() {
        String admin = adminToken();
        String customer = newCustomer(admin, "Tono");
        String staff = newLogin(admin, "staff");
        assertProblem(api.get("/api/v1/customers/" + customer + "/history", staff), 403, "");
        assertProblem(api.get("/api/v1/customers/" + Ids.next() + "/history", admin), 404, "does not exist");
        assertProblem(api.get("/api/v1/customers/" + customer + "/history?size=0", admin), 400, "size");
        assertProblem(api.get("/api/v1/customers/" + customer + "/history?afterPosition=abc", admin), 400,
                "afterPosition");
        assertProblem(api.get("/api/v1/customers/abc/history", admin), 400, "id");
        assertProblem(api.get("/api/v1/settings/no-such-setting/history", admin), 404, "does not exist");
    }

    @Test
    void aRecordAsOfAMomentIsExactlyWhatWasShownThen() throws InterruptedException {
        String admin = adminToken();
        Instant before = Instant.now();
        Thread.sleep(20);
        String customer = newCustomer(admin, "Agus Salim");
        api.awaitGet("/api/v1/customers/" + customer, admin, reply -> reply.status() == 200);
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        assertThat(api.put("/api/v1/customers/" + customer, admin, "{\"name\": \"Agus Salim Putra\"}", null)
                .status()).isEqualTo(200);
        Api.Reply live = api.awaitGet("/api/v1/customers/" + customer, admin,
                reply -> reply.json().get("name").asText().equals("Agus Salim Putra"));
        String auditor = newLogin(admin, "auditor");

        Api.Reply then = api.get("/api/v1/customers/" + customer + "?asOf=" + between, auditor);
        assertThat(then.status()).as(then.body()).isEqualTo(200);
        assertThat(then.json().get("name").asText()).isEqualTo("Agus Salim");
        assertThat(fieldNames(then.json())).isEqualTo(fieldNames(live.json()));
        assertThat(api.get("/api/v1/customers/" + customer + "?asOf=" + OffsetDateTime.now(), auditor).json())
                .isEqualTo(live.json());

        // The copies the replay reads are gone with its transaction: live reads on the same pool stay live.
        for (int i = 0; i < 12; i++) {
            assertThat(api.get("/api/v1/customers/" + customer + "?asOf=" + between, auditor).json().get("name")
                    .asText()).isEqualTo("Agus Salim");
            assertThat(api.get("/api/v1/customers/" + customer, auditor).json().get("name").asText())
                    .isEqualTo("Agus Salim Putra");
        }

        assertProblem(api.get("/api/v1/customers/" + customer + "?asOf=" + before, auditor), 404, "does not exist");
        assertProblem(api.get("/api/v1/customers/" + customer + "?asOf=" + Instant.now().plusSeconds(3600), auditor),
                400, "future");
        assertProblem(api.get("/api/v1/customers/" + customer + "?asOf=yesterday", auditor), 400, "ISO-8601");
        assertProblem(api.get("/api/v1/customers/" + customer + "?asOf=" + between, newLogin(admin, "staff")), 403, "");
    }

    @Test
    void everyKindOfRecordAsOfNowIsTheLiveRecord() {
        String admin = adminToken();
        String customer = newCustomer(admin, "Lestari");
        Api.Reply sold = Sales.subscription(api, admin, customer);
        String subscription = sold.json().get("id").asText();
        Api.Reply liveSubscription = readAfter("/api/v1/subscriptions/" + subscription, admin, sold);
        String plan = liveSubscription.json().get("servicePlanId").asText();
        String nas = liveSubscription.json().get("nasServerId").asText();
        String now = OffsetDateTime.now().toString();

        for (String path : List.of("/api/v1/subscriptions/" + subscription, "/api/v1/service-plans/" + plan,
                "/api/v1/nas-servers/" + nas, "/api/v1/settings/billing.tax_rate")) {
            Api.Reply live = api.get(path, admin);
            assertThat(live.status()).as(path + " " + live.body()).isEqualTo(200);
            Api.Reply asOf = api.get(path + "?asOf=" + now, admin);
            assertThat(asOf.status()).as(path + " " + asOf.body()).isEqualTo(200);
            assertThat(asOf.json()).as(path).isEqualTo(live.json());
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
