package io.netledger.app.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.app.Processors;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An event a projection cannot store is never skipped: it waits in the processor's dead-letter queue
 * with its aggregate's later events, every other aggregate goes on being projected, health and a
 * metric say so, and ADMIN has it handled again once the cause is mended.
 */
class DeadLetterApiTest extends ApiTest {

    private static final Duration DEAD_LETTERED = Duration.ofSeconds(90);

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private MeterRegistry metrics;
    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void aPlanTheReadModelRefusesWaitsAsADeadLetterUntilAdminRetriesItAfterTheCauseIsMended() {
        String admin = adminToken();
        String refusedName = "Refused " + Ids.next();
        String refused;
        try (ReadModelRefusal refusal = ReadModelRefusal.on(jdbc, "service_plans",
                "new.name = '" + refusedName + "'")) {
            refused = createPlan(admin, refusedName, "150000");
            String other = createPlan(admin, "Projected " + Ids.next(), "99000");

            awaitDeadLetters("service-plans", 1);
            assertThat(api.awaitGet("/api/v1/service-plans/" + other, admin, r -> r.status() == 200).status())
                    .as("the processor goes on with other plans").isEqualTo(200);
            assertThat(api.get("/api/v1/service-plans/" + refused, admin).status()).isEqualTo(404);
            assertThat(gauge("service-plans")).isEqualTo(1.0);

            Reply health = api.get("/actuator/health", admin);
            assertThat(health.status()).isEqualTo(503);
            JsonNode processors = health.json().get("components").get("eventProcessors");
            assertThat(processors.get("status").asText()).isEqualTo("DOWN");
            JsonNode plans = processors.get("details").get("service-plans");
            assertThat(plans.get("deadLetters").asLong()).isEqualTo(1);
            JsonNode named = plans.get("deadLettered").get(0);
            assertThat(named.get("eventType").asText()).isEqualTo("ServicePlanCreated");
            assertThat(named.get("aggregateId").asText()).isEqualTo(refused);
            assertThat(named.get("cause").asText()).contains("the read model refuses this row of service_plans");
            assertThat(health.body()).as("health never shows a payload").doesNotContain(refusedName)
                    .doesNotContain("150000");
            assertThat(processors.get("details").get("customers").get("deadLetters").asLong()).isZero();

            // A later event of the same plan waits behind the failed one, in order.
            assertThat(api.patch("/api/v1/service-plans/" + refused, admin, "{\"price\": 175000}", null).status())
                    .isEqualTo(200);
            awaitDeadLetters("service-plans", 2);

            String staff = staffToken(admin);
            String customer = customerLogin(admin, newCustomer(admin, "Pelanggan Dead Letter"));
            for (String refusedRole : List.of(staff, customer)) {
                assertProblem(api.get("/api/v1/dead-letters", refusedRole), 403, "role");
                assertProblem(api.post("/api/v1/dead-letters/service-plans/retry", refusedRole, null), 403, "role");
            }
            assertProblem(api.post("/api/v1/dead-letters/no-such-processor/retry", admin, null), 404,
                    "no-such-processor");

            JsonNode listed = lettersOf(api.get("/api/v1/dead-letters", admin), "service-plans");
            assertThat(listed).hasSize(2);
            assertThat(listed.get(0).get("sequenceId").asText()).isEqualTo(refused);
            assertThat(listed.get(0).get("eventType").asText()).isEqualTo("ServicePlanCreated");
            assertThat(listed.get(0).get("aggregateId").asText()).isEqualTo(refused);
            assertThat(listed.get(0).get("globalPosition").asText()).isNotBlank();
            assertThat(listed.get(0).get("cause").get("message").asText()).contains("the read model refuses");
            assertThat(listed.get(0).get("attempts").asInt()).isEqualTo(1);
            assertThat(listed.get(0).get("firstAttempt").asText()).isNotBlank();
            assertThat(listed.get(1).get("eventType").asText()).isEqualTo("ServicePlanChanged");
            assertThat(listed.get(1).get("sequenceId").asText()).isEqualTo(refused);
            assertThat(listed.get(1).get("cause").isNull()).isTrue();

            Reply stillBroken = api.post("/api/v1/dead-letters/service-plans/retry", admin, null);
            assertThat(stillBroken.status()).as(stillBroken.body()).isEqualTo(200);
            assertThat(stillBroken.json().get("retried")).isEmpty();
            assertThat(stillBroken.json().get("stillFailing").get(0).get("aggregateId").asText()).isEqualTo(refused);
            assertThat(stillBroken.json().get("stillFailing").get(0).get("attempts").asInt()).isEqualTo(2);
            assertThat(api.get("/api/v1/service-plans/" + refused, admin).status()).isEqualTo(404);
        }

        Reply retried = api.post("/api/v1/dead-letters/service-plans/retry", admin, null);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("retried").get(0).get("sequenceId").asText()).isEqualTo(refused);
        assertThat(retried.json().get("retried").get(0).get("events").asInt()).isEqualTo(2);
        assertThat(retried.json().get("stillFailing")).isEmpty();
        Reply plan = api.get("/api/v1/service-plans/" + refused, admin);
        assertThat(plan.status()).isEqualTo(200);
        assertThat(plan.json().get("price").asText()).isEqualTo("175000.00");
        assertThat(gauge("service-plans")).isZero();
        JsonNode healed = api.get("/actuator/health", admin).json().get("components").get("eventProcessors");
        assertThat(healed.get("details").get("service-plans").get("deadLetters").asLong()).isZero();
        assertThat(healed.get("status").asText()).as(healed.toString()).isEqualTo("UP");

        assertThat(rebuilt("service-plans", "service_plans")).as("the table equals a clean rebuild").isTrue();
    }

    @Test
    void noAuditRowIsLostWhenTheAuditLogCannotStoreAnEventOnce() {
        String admin = adminToken();
        String refusedName = "Audit refused " + Ids.next();
        String refused;
        try (ReadModelRefusal refusal = ReadModelRefusal.on(jdbc, "audit_logs",
                "new.new_values::text like '%" + refusedName + "%'")) {
            refused = createPlan(admin, refusedName, "120000");
            String other = createPlan(admin, "Audited " + Ids.next(), "120000");

            awaitDeadLetters("audit", 1);
            Awaitility.await().atMost(DEAD_LETTERED).until(() -> auditRows(other) == 1);
            assertThat(auditRows(refused)).isZero();
            assertThat(api.awaitGet("/api/v1/service-plans/" + refused, admin, r -> r.status() == 200).status())
                    .as("the plan's own projection is not held back by the audit log").isEqualTo(200);
            JsonNode audit = api.get("/actuator/health", admin).json().get("components").get("eventProcessors")
                    .get("details").get("audit");
            assertThat(audit.get("deadLettered").get(0).get("aggregateId").asText()).isEqualTo(refused);
        }

        Reply retried = api.post("/api/v1/dead-letters/audit/retry", admin, null);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("retried")).hasSize(1);
        assertThat(auditRows(refused)).as("every event of the plan has its audit row")
                .isEqualTo(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                        Long.class, refused));
        assertThat(jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group = 'audit'",
                Long.class)).isZero();
    }

    @Test
    void aNasServerNameWithANulIsRefusedOrDeadLetteredButNeverSkipped() {
        String admin = adminToken();
        long eventsBefore = events();
        Reply created = api.post("/api/v1/nas-servers", admin, nas("POP a\\u0000b"));
        if (created.status() != 201) {
            // The command side checks what the read model can hold: nothing was written.
            assertThat(created.status()).as(created.body()).isIn(400, 422);
            assertThat(created.isProblem()).as(created.body()).isTrue();
            assertThat(events()).isEqualTo(eventsBefore);
            return;
        }
        String poisoned = created.json().get("id").asText();
        String next = api.post("/api/v1/nas-servers", admin, nas("POP " + Ids.next())).json().get("id").asText();
        Awaitility.await().atMost(DEAD_LETTERED).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForList(
                "select processing_group from dead_letter_entry where aggregate_identifier = ?", String.class,
                poisoned).containsAll(List.of("nas-servers", "audit")));
        assertThat(api.awaitGet("/api/v1/nas-servers/" + next, admin, r -> r.status() == 200).status())
                .isEqualTo(200);
        JsonNode nas = api.get("/actuator/health", admin).json().get("components").get("eventProcessors")
                .get("details").get("nas-servers");
        assertThat(nas.get("deadLettered").get(0).get("eventType").asText()).isEqualTo("NasServerRegistered");
        assertThat(nas.get("deadLettered").get(0).get("aggregateId").asText()).isEqualTo(poisoned);
        // No read model can ever hold this event: an operator discards it by hand (not a feature of the API).
        jdbc.update("delete from dead_letter_entry where aggregate_identifier = ?", poisoned);
    }

    private String staffToken(String admin) {
        String email = "staff-" + Ids.next() + "@isp.id";
        Reply user = api.post("/api/v1/users", admin, """
                {"name": "Staf", "email": "%s", "password": "staff-password-1", "role": "staff"}""".formatted(email));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        return api.login(email, "staff-password-1");
    }

    private static String nas(String name) {
        return """
                {"name": "%s", "ipAddress": "10.77.0.1", "username": "netledger", "password": "Rahasia-77",
                 "apiType": "routeros_v7"}""".formatted(name);
    }

    private long auditRows(String modelId) {
        return jdbc.queryForObject("select count(*) from audit_logs where model_id = ?", Long.class,
                Long.parseLong(modelId));
    }

    private String createPlan(String admin, String name, String price) {
        Reply created = api.post("/api/v1/service-plans", admin, """
                {"name": "%s", "price": "%s", "billingCycle": "monthly", "downloadSpeed": 10000,
                 "uploadSpeed": 5000, "dataUnit": "unlimited"}""".formatted(name, price));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private void awaitDeadLetters(String processor, long count) {
        Awaitility.await().atMost(DEAD_LETTERED).pollInterval(Duration.ofMillis(200)).until(() -> jdbc.queryForObject(
                "select count(*) from dead_letter_entry where processing_group = ?", Long.class, processor) == count);
    }

    private double gauge(String processor) {
        return metrics.get("netledger.projections.dead_letters").tag("processor", processor).gauge().value();
    }

    private static JsonNode lettersOf(Reply listing, String processor) {
        assertThat(listing.status()).as(listing.body()).isEqualTo(200);
        return StreamSupport.stream(listing.json().get("processors").spliterator(), false)
                .filter(p -> p.get("processor").asText().equals(processor)).findFirst()
                .map(p -> p.get("deadLetters")).orElseThrow();
    }

    /** Resets the processor, replays the whole store into its table, and compares the table row for row. */
    private boolean rebuilt(String processorName, String table) {
        List<String> before = rows(table);
        StreamingEventProcessor processor = (StreamingEventProcessor) processing.eventProcessor(processorName)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        long head = Processors.head(jdbc);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> Processors.caughtUpTo(processor, head));
        return rows(table).equals(before);
    }

    private List<String> rows(String table) {
        return jdbc.queryForList("select t::text from " + table + " t order by 1", String.class);
    }
}
