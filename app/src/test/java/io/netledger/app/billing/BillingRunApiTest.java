package io.netledger.app.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.api.invoice.IssueInvoices;
import io.netledger.api.invoice.IssuedInvoices;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.app.Simultaneously;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A billing run invoices each active subscription once per period, however often it runs. */
class BillingRunApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CommandGateway commands;

    @Test
    void aRunBillsEachActiveSubscriptionForItsPeriodOnceEvenWhenRepeatedOrRunTwiceAtOnce() throws Exception {
        String admin = adminToken();
        String customer = newCustomer(admin, "Tono");
        String nas = api.post("/api/v1/nas-servers", admin, """
                {"name": "POP %s", "ipAddress": "10.50.0.1", "username": "netledger", "password": "router-pw-1",
                 "apiType": "routeros_v7"}""".formatted(Ids.next())).json().get("id").asText();
        List<String> monthly = List.of(sell(admin, customer, nas, "monthly", "2026-10-15", "2026-11-15"),
                sell(admin, customer, nas, "monthly", "2026-10-15", "2026-11-15"),
                sell(admin, customer, nas, "monthly", "2026-01-31", "2026-12-31"));
        String yearly = sell(admin, customer, nas, "yearly", "2026-01-10", "2027-01-10");
        String custom = sell(admin, customer, nas, "custom", "2026-11-01", "2026-12-01");
        String pending = sell(admin, customer, nas, "monthly", "2026-10-15", null);

        JsonNode first = finished(admin, api.post("/api/v1/billing-runs", admin, "{\"date\": \"2026-11-20\"}"));
        assertThat(first.get("failed").asInt()).as(String.valueOf(first.get("lastError"))).isZero();
        assertThat(first.get("total").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(first.get("done").asInt()).isEqualTo(first.get("total").asInt());
        assertThat(first.get("skipped").asInt()).as("the custom cycle is billed by hand").isGreaterThanOrEqualTo(1);

        assertThat(periodsBilled(monthly.get(0))).containsExactly("2026-11-15");
        assertThat(periodsBilled(monthly.get(1))).containsExactly("2026-11-15");
        assertThat(periodsBilled(monthly.get(2))).as("counted from the 31st: 31 Oct, then 30 Nov")
                .containsExactly("2026-10-31");
        assertThat(periodsBilled(yearly)).containsExactly("2026-01-10");
        assertThat(periodsBilled(custom)).isEmpty();
        assertThat(periodsBilled(pending)).as("not active yet").isEmpty();

        JsonNode again = finished(admin, api.post("/api/v1/billing-runs", admin, "{\"date\": \"2026-11-20\"}"));
        assertThat(again.get("issued").asInt()).isZero();
        assertThat(again.get("alreadyBilled").asInt()).isGreaterThanOrEqualTo(4);

        List<Reply> together = Simultaneously.run(2,
                () -> api.post("/api/v1/billing-runs", admin, "{\"date\": \"2026-11-21\"}"));
        for (Reply run : together) {
            assertThat(finished(admin, run).get("failed").asInt()).isZero();
        }
        for (String subscription : monthly) {
            assertThat(periodsBilled(subscription)).as("two nodes, one invoice").hasSize(1);
        }
    }

    @Test
    void aBatchIssuesWhatItCanAndSaysWhyNotForTheRest() {
        String admin = adminToken();
        String customer = newCustomer(admin, "Wulan");
        String nas = api.post("/api/v1/nas-servers", admin, """
                {"name": "POP %s", "ipAddress": "10.51.0.1", "username": "netledger", "password": "router-pw-1",
                 "apiType": "routeros_v7"}""".formatted(Ids.next())).json().get("id").asText();
        long fresh = Long.parseLong(sell(admin, customer, nas, "monthly", "2026-10-15", "2026-11-15"));
        long billed = Long.parseLong(sell(admin, customer, nas, "monthly", "2026-10-15", "2026-11-15"));
        long ended = Long.parseLong(sell(admin, customer, nas, "monthly", "2026-10-15", "2026-11-15"));
        Reply byHand = api.post("/api/v1/invoices", admin,
                "{\"subscriptionId\": \"%s\", \"periodStart\": \"2026-11-15\"}".formatted(billed));
        assertThat(byHand.status()).as(byHand.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/subscriptions/" + ended + "/terminate", admin, "{\"reason\": \"putus\"}")
                .status()).isEqualTo(200);
        long unknown = Ids.next();
        LocalDate period = LocalDate.of(2026, 11, 15);

        IssuedInvoices outcome = commands.sendAndWait(new IssueInvoices(LocalDate.of(2026, 11, 20), List.of(
                new IssueInvoices.Item(Ids.next(), fresh, period),
                new IssueInvoices.Item(Ids.next(), fresh, period),
                new IssueInvoices.Item(Ids.next(), billed, period),
                new IssueInvoices.Item(Ids.next(), ended, period),
                new IssueInvoices.Item(Ids.next(), unknown, period))));

        assertThat(outcome.issued()).containsOnlyKeys(fresh);
        assertThat(outcome.issued().get(fresh)).matches("INV-202611-\\d{6}");
        assertThat(outcome.alreadyBilled()).containsExactly(billed);
        assertThat(outcome.refused()).containsOnlyKeys(fresh, ended, unknown);
        assertThat(outcome.refused().get(fresh)).contains("twice");
        assertThat(outcome.refused().get(ended)).contains("terminated");
        assertThat(outcome.refused().get(unknown)).contains("does not exist");
        assertThat(periodsBilled(String.valueOf(fresh))).as("issued once").containsExactly("2026-11-15");
        assertThat(periodsBilled(String.valueOf(billed))).as("by hand only").containsExactly("2026-11-15");
        assertThat(periodsBilled(String.valueOf(ended))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from unique_claims where scope = 'invoice.number' "
                + "and claimed_value = ?", Long.class, outcome.issued().get(fresh))).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorStartsARunAndStaffFollowIt() {
        String admin = adminToken();
        String staffEmail = "staf-" + Ids.next() + "@isp.id";
        api.post("/api/v1/users", admin, """
                {"name": "Umar", "email": "%s", "password": "staff-password-1", "role": "staff"}"""
                .formatted(staffEmail));
        String staff = api.login(staffEmail, "staff-password-1");
        String customer = customerLogin(admin, newCustomer(admin, "Vina"));

        long before = events();
        assertThat(api.post("/api/v1/billing-runs", staff, "{\"date\": \"2026-11-20\"}").status()).isEqualTo(403);
        assertThat(api.post("/api/v1/billing-runs", customer, "{}").status()).isEqualTo(403);
        assertThat(events()).isEqualTo(before);

        Reply started = api.post("/api/v1/billing-runs", admin, "{\"date\": \"2030-01-01\"}");
        assertThat(started.status()).isEqualTo(202);
        String path = started.header("Location");
        assertThat(api.get(path, staff).status()).isEqualTo(200);
        assertThat(api.get(path, customer).status()).isEqualTo(403);
        assertProblem(api.get("/api/v1/billing-runs/42", staff), 404, "42");
        assertProblem(api.post("/api/v1/billing-runs", admin, "{\"date\": \"besok\"}"), 400, "not readable");
    }

    private String sell(String admin, String customer, String nas, String cycle, String start, String activeUntil) {
        String plan = api.post("/api/v1/service-plans", admin, """
                {"name": "Tagih %s", "price": "100000", "billingCycle": "%s", "downloadSpeed": 10000,
                 "uploadSpeed": 5000, "dataUnit": "unlimited"}""".formatted(Ids.next(), cycle))
                .json().get("id").asText();
        Reply sold = api.post("/api/v1/customers/" + customer + "/subscriptions", admin, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "bill-%s", "password": "pppoe-pw-1",
                 "startDate": "%s"}""".formatted(plan, nas, Ids.next(), start));
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        String id = sold.json().get("id").asText();
        if (activeUntil != null) {
            Reply activated = api.post("/api/v1/subscriptions/" + id + "/activate", admin,
                    "{\"endDate\": \"" + activeUntil + "\"}");
            assertThat(activated.status()).as(activated.body()).isEqualTo(200);
            readAfter("/api/v1/subscriptions/" + id, admin, activated);
        }
        return id;
    }

    private JsonNode finished(String admin, Reply started) {
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String path = started.header("Location");
        Reply[] last = new Reply[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = api.get(path, admin);
            return !"running".equals(last[0].json().get("status").asText());
        });
        assertThat(last[0].json().get("status").asText()).isEqualTo("finished");
        return last[0].json();
    }

    private List<String> periodsBilled(String subscription) {
        return jdbc.queryForList("""
                select substring(convert_from(payload, 'UTF8') from '"periodStart":"([0-9-]+)"')
                from domain_event_entry
                where payload_type like '%InvoiceIssued'
                  and position(convert_to(?, 'UTF8') in payload) > 0
                order by 1""", String.class, "\"subscriptionId\":" + subscription + ",");
    }
}
