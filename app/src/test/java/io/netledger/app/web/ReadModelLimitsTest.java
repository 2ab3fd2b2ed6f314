package io.netledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Nothing is accepted that the read model cannot hold (issue 18): on every create and update
 * endpoint, text with a NUL (PostgreSQL's text and jsonb refuse it) and amounts past their
 * column's numeric(15,2) answer 4xx problem+json and write no event; and a generated batch
 * of bad strings and numbers, whatever of it is accepted, leaves no processor behind the head.
 */
class ReadModelLimitsTest extends ApiTest {

    private static final String NUL = "\u0000";
    private static final String TOO_MANY_DIGITS = "10000000000000";
    private static final String TOO_MANY_DECIMALS = "1.005";

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcTemplate jdbc;

    private String admin;
    private String plan;
    private String nas;
    private String customer;
    private String subscription;
    private String network;
    private String invoice;
    private String user;

    /** One endpoint, its body with {@code value} in one field (already JSON: a quoted string or a number). */
    private record Endpoint(String method, String path, Function<String, String> body) {

        String describe() {
            return method + " " + path;
        }
    }

    @BeforeEach
    void sellOneSubscriptionAndBillIt() {
        admin = adminToken();
        plan = created(api.post("/api/v1/service-plans", admin, """
                {"name": "Limits %s", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(Ids.next())));
        nas = created(api.post("/api/v1/nas-servers", admin, """
                {"name": "POP %s", "ipAddress": "10.40.0.1", "username": "netledger", "password": "router-pw-1",
                 "apiType": "routeros_v7"}""".formatted(Ids.next())));
        customer = newCustomer(admin, "Batas");
        subscription = created(api.post("/api/v1/customers/" + customer + "/subscriptions", admin, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "limit-%s", "password": "pppoe-pw-1"}"""
                .formatted(plan, nas, Ids.next())));
        network = created(api.post("/api/v1/subscriptions/" + subscription + "/networks", admin,
                "{\"ipAddress\": \"10.41.%d.%d\"}".formatted(new Random().nextInt(250), new Random().nextInt(250))));
        invoice = created(api.post("/api/v1/invoices", admin, """
                {"subscriptionId": "%s", "periodStart": "2026-11-01"}""".formatted(subscription)));
        user = created(api.post("/api/v1/users", admin, """
                {"name": "Staf Batas", "email": "batas-%s@isp.id", "password": "staff-password-1", "role": "staff"}"""
                .formatted(Ids.next())));
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asText();
    }

    /** Every create and update endpoint with a text field, the text put in one of its fields. */
    private List<Endpoint> textEndpoints() {
        return List.of(
                new Endpoint("POST", "/api/v1/service-plans", v -> """
                        {"name": %s, "price": "1", "billingCycle": "monthly", "downloadSpeed": 1, "uploadSpeed": 1,
                         "dataUnit": "unlimited"}""".formatted(v)),
                new Endpoint("PUT", "/api/v1/service-plans/" + plan, v -> """
                        {"name": "Limits", "description": %s, "price": "1", "billingCycle": "monthly",
                         "downloadSpeed": 1, "uploadSpeed": 1, "dataUnit": "unlimited"}""".formatted(v)),
                new Endpoint("PATCH", "/api/v1/service-plans/" + plan, v -> "{\"metadata\": {\"fup\": %s}}".formatted(v)),
                new Endpoint("POST", "/api/v1/nas-servers", v -> """
                        {"name": %s, "ipAddress": "10.40.0.2", "username": "netledger", "password": "router-pw-1",
                         "apiType": "routeros_v7"}""".formatted(v)),
                new Endpoint("PUT", "/api/v1/nas-servers/" + nas, v -> """
                        {"name": "POP", "ipAddress": "10.40.0.1", "username": "netledger", "apiType": "routeros_v7",
                         "description": %s}""".formatted(v)),
                new Endpoint("POST", "/api/v1/customers", v -> "{\"name\": %s}".formatted(v)),
                new Endpoint("PUT", "/api/v1/customers/" + customer, v -> "{\"name\": \"Batas\", \"address\": %s}"
                        .formatted(v)),
                new Endpoint("POST", "/api/v1/customers/" + customer + "/suspend", v -> "{\"reason\": %s}".formatted(v)),
                new Endpoint("POST", "/api/v1/customers/" + customer + "/subscriptions", v -> """
                        {"servicePlanId": "%s", "nasServerId": "%s", "username": %s, "password": "pppoe-pw-1"}"""
                        .formatted(plan, nas, v)),
                new Endpoint("POST", "/api/v1/subscriptions/" + subscription + "/networks", v -> """
                        {"macAddress": "02:00:00:00:00:%02X", "interface": %s}""".formatted(new Random().nextInt(200), v)),
                new Endpoint("PUT", "/api/v1/subscriptions/" + subscription + "/networks/" + network, v -> """
                        {"ipAddress": "10.42.0.1", "description": %s}""".formatted(v)),
                new Endpoint("POST", "/api/v1/subscriptions/" + subscription + "/suspend", v -> "{\"reason\": %s}"
                        .formatted(v)),
                new Endpoint("POST", "/api/v1/subscriptions/" + subscription + "/router-sync", v -> """
                        {"mikrotikId": "*1", "mikrotikConfig": {"profile": %s}}""".formatted(v)),
                new Endpoint("POST", "/api/v1/invoices", v -> """
                        {"subscriptionId": "%s", "periodStart": "2027-%02d-01", "notes": %s}"""
                        .formatted(subscription, 1 + new Random().nextInt(12), v)),
                new Endpoint("POST", "/api/v1/invoices/" + invoice + "/payments", v -> """
                        {"amount": "1000", "referenceNumber": %s}""".formatted(v)),
                new Endpoint("POST", "/api/v1/users", v -> """
                        {"name": %s, "email": "fuzz-%s@isp.id", "password": "staff-password-1", "role": "staff"}"""
                        .formatted(v, Ids.next())),
                new Endpoint("PUT", "/api/v1/users/" + user + "/profile", v -> "{\"bio\": %s}".formatted(v)),
                new Endpoint("POST", "/api/v1/customers/" + newCustomer(admin, "Akun") + "/account", v -> """
                        {"name": %s, "email": "akun-%s@pelanggan.id", "password": "portal-password-1"}"""
                        .formatted(v, Ids.next())),
                new Endpoint("PUT", "/api/v1/settings/company.name", v -> "{\"value\": %s}".formatted(v)));
    }

    /** Every create and update endpoint with an amount, the amount put in it. */
    private List<Endpoint> amountEndpoints() {
        return List.of(
                new Endpoint("POST", "/api/v1/service-plans", v -> """
                        {"name": "Mahal", "price": %s, "billingCycle": "monthly", "downloadSpeed": 1, "uploadSpeed": 1,
                         "dataUnit": "unlimited"}""".formatted(v)),
                new Endpoint("PUT", "/api/v1/service-plans/" + plan, v -> """
                        {"name": "Limits", "price": %s, "billingCycle": "monthly", "downloadSpeed": 1,
                         "uploadSpeed": 1, "dataUnit": "unlimited"}""".formatted(v)),
                new Endpoint("PATCH", "/api/v1/service-plans/" + plan, v -> "{\"price\": %s}".formatted(v)),
                new Endpoint("POST", "/api/v1/invoices", v -> """
                        {"subscriptionId": "%s", "periodStart": "2028-%02d-01", "amount": %s}"""
                        .formatted(subscription, 1 + new Random().nextInt(12), v)),
                new Endpoint("POST", "/api/v1/invoices/" + invoice + "/payments", v -> """
                        {"amount": %s, "referenceNumber": "kw-%s"}""".formatted(v, Ids.next())));
    }

    @Test
    void aNulInAnyTextFieldIsRefusedAndWritesNothing() {
        for (Endpoint endpoint : textEndpoints()) {
            for (String text : List.of("Sari" + NUL + "Dewi", NUL)) {
                assertRefused(endpoint, json(text));
            }
        }
    }

    @Test
    void anAmountPastItsColumnIsRefusedAndWritesNothing() {
        for (Endpoint endpoint : amountEndpoints()) {
            for (String amount : List.of("\"" + TOO_MANY_DIGITS + "\"", TOO_MANY_DIGITS, "\"" + TOO_MANY_DECIMALS + "\"",
                    TOO_MANY_DECIMALS, "1e20")) {
                assertRefused(endpoint, amount);
            }
        }
    }

    @Test
    void aLineBreakIsRefusedInANameButKeptInAnAddress() {
        assertRefused(new Endpoint("POST", "/api/v1/customers", v -> "{\"name\": %s}".formatted(v)), json("Sari\nDewi"));
        Reply kept = api.put("/api/v1/customers/" + customer, admin, """
                {"name": "Batas", "address": %s}""".formatted(json("Jl. Melati 3\nRT 02")), null);
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
        assertThat(readAfter("/api/v1/customers/" + customer, admin, kept).json().get("address").asText())
                .isEqualTo("Jl. Melati 3\nRT 02");
    }

    /** Whatever of a generated batch is accepted, every processor reaches the head: no event was poison. */
    @Test
    void generatedBadInputLeavesNoProcessorBehind() {
        Random random = new Random(18);
        List<String> strings = badStrings(random);
        List<String> numbers = badNumbers(random);
        String companyName = api.get("/api/v1/settings/company.name", admin).json().get("value").asText();
        List<String> accepted = new ArrayList<>();
        long start = head();
        try {
            for (Endpoint endpoint : textEndpoints()) {
                for (String text : strings) {
                    send(endpoint, json(text), accepted);
                }
            }
            for (Endpoint endpoint : amountEndpoints()) {
                for (String number : numbers) {
                    send(endpoint, number, accepted);
                }
            }
        } finally {
            api.put("/api/v1/settings/company.name", admin, "{\"value\": %s}".formatted(json(companyName)), null);
        }
        assertThat(accepted).as("the batch holds harmless input too, or it would prove nothing").isNotEmpty();
        long head = head();
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(behind(head)).as("processors behind the head after " + accepted)
                        .isEmpty());
        // A handler that fails may log the error and move on; the audit log shows it: every event has its row.
        assertThat(jdbc.queryForList("""
                select e.payload_type from domain_event_entry e
                where e.global_index > ? and not exists (select 1 from audit_logs a where a.id = e.global_index)""",
                String.class, start)).as("events the audit log lost").isEmpty();
    }

    private long head() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }

    private void send(Endpoint endpoint, String value, List<String> accepted) {
        Reply reply = api.send(endpoint.method(), endpoint.path(), admin, endpoint.body().apply(value));
        assertThat(reply.status()).as(endpoint.describe() + " " + value + ": " + reply.body()).isLessThan(500);
        if (reply.status() >= 400) {
            assertThat(reply.isProblem()).as(endpoint.describe() + " " + value + ": " + reply.body()).isTrue();
        } else {
            accepted.add(endpoint.describe() + " " + value);
        }
    }

    private void assertRefused(Endpoint endpoint, String value) {
        long before = events();
        Reply reply = api.send(endpoint.method(), endpoint.path(), admin, endpoint.body().apply(value));
        assertThat(reply.status()).as(endpoint.describe() + " " + value + ": " + reply.body()).isIn(400, 422);
        assertThat(reply.isProblem()).as(endpoint.describe() + ": " + reply.body()).isTrue();
        assertThat(events()).as(endpoint.describe() + " " + value + " wrote nothing").isEqualTo(before);
    }

    /**
     * The processors not caught up with {@code head}, by name. A segment whose batch failed is released and
     * missing from the status until it is claimed again, so the claimed segments must also cover them all.
     */
    private List<String> behind(long head) {
        return processing.eventProcessors().values().stream()
                .filter(processor -> processor instanceof StreamingEventProcessor streaming
                        && !caughtUp(streaming.processingStatus().values(), head))
                .map(processor -> processor.getName()).toList();
    }

    private static boolean caughtUp(Collection<EventTrackerStatus> segments, long head) {
        double covered = segments.stream().mapToDouble(segment -> 1.0 / (segment.getSegment().getMask() + 1)).sum();
        return Math.abs(covered - 1.0) < 1e-9 && segments.stream().allMatch(segment -> !segment.isErrorState()
                && segment.isCaughtUp() && segment.getCurrentPosition().orElse(-1) >= head);
    }

    /** Control characters, lone surrogates, long runs and the harmless look-alikes around them. */
    private static List<String> badStrings(Random random) {
        List<String> strings = new ArrayList<>(List.of(NUL, "a" + NUL, "\u0001", "a\u0007b", "\u001b[31m", "a\u007fb",
                "a\u0085b", "\r\n", "\t", "\ud800", "\udc00x", "x".repeat(256), "x".repeat(10_001),
                "\u202eevil", "zero\u200bwidth", "'; drop table customers; --", "%00", "\\u0000", "\uD83D\uDE00",
                "Sari Dewi", " "));
        for (int i = 0; i < 6; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(20); n > 0; n--) {
                text.append((char) (random.nextBoolean() ? random.nextInt(0x20) : 0x20 + random.nextInt(0x5f)));
            }
            strings.add(text.toString());
        }
        return strings;
    }

    /** Numbers past numeric(15,2) in every direction, as JSON numbers and strings, and a few that fit. */
    private static List<String> badNumbers(Random random) {
        List<String> numbers = new ArrayList<>(List.of("10000000000000", "\"9999999999999.999\"", "-10000000000000",
                "1e13", "1E+20", "0.001", "\"1.005\"", "\"NaN\"", "\"Infinity\"", "\"1,5\"", "\"\"", "true", "[]",
                "{}", "99999999999999999999999999999999", "\"9999999999999.99\"", "\"150000\"", "1"));
        for (int i = 0; i < 4; i++) {
            numbers.add(String.valueOf(random.nextLong()));
            numbers.add(random.nextInt(1_000_000) + "." + String.format("%03d", random.nextInt(1000)));
        }
        return numbers;
    }

    /** A JSON string with every character outside printable ASCII escaped, so lone surrogates arrive as sent. */
    private static String json(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
