package io.netledger.app.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.app.Processors;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * ADMIN lists the event processors and rebuilds a read model from the events over HTTP: readers of the read
 * model being rebuilt get 503 with Retry-After and the progress, never a half-built table; the table comes
 * back row for row; the sagas handle nothing. A database of its own (its own context), so that only this
 * test's events are replayed.
 */
@TestPropertySource(properties = "netledger.test.context=projection-rebuild")
class ProjectionRebuildApiTest extends ApiTest {

    private static final String ADMIN_PATH = "/api/v1/admin/projections";

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;
    @LocalServerPort
    private int port;

    @Test
    void listsEveryProcessorWithItsKindPositionLagAndErrors() {
        String admin = adminToken();
        newCustomer(admin, "Daftar " + Ids.next());
        Processors.awaitCaughtUp(processing, jdbc);
        long head = Processors.head(jdbc);

        Reply list = api.get(ADMIN_PATH, admin);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        Map<String, JsonNode> byName = byName(list.json());
        assertThat(byName.keySet()).containsExactlyInAnyOrderElementsOf(processing.eventProcessors().keySet());

        JsonNode customers = byName.get("customers");
        assertThat(customers.get("kind").asText()).isEqualTo("projection");
        assertThat(customers.get("state").asText()).isEqualTo("running");
        assertThat(customers.get("rebuildable").asBoolean()).isTrue();
        assertThat(customers.get("head").asLong()).isGreaterThanOrEqualTo(head);
        assertThat(customers.get("position").asLong()).isGreaterThanOrEqualTo(head);
        assertThat(customers.get("lagEvents").asLong()).isLessThanOrEqualTo(customers.get("head").asLong() - head);
        assertThat(customers.get("lagSeconds").asLong()).isZero();
        assertThat(customers.get("errors").get("inError").asBoolean()).isFalse();
        assertThat(customers.get("errors").get("deadLetters").asLong()).isZero();
        assertThat(texts(customers.get("feeds"))).as("derived from the projection's query handlers")
                .containsExactly("FindCustomer", "FindCustomers");

        assertThat(byName.get("audit").get("kind").asText()).isEqualTo("audit");
        assertThat(byName.get("audit").get("rebuildable").asBoolean()).isTrue();
        JsonNode saga = byName.get("SubscriptionOnRouterProcessor");
        assertThat(saga.get("kind").asText()).isEqualTo("saga");
        assertThat(saga.get("rebuildable").asBoolean()).isFalse();
        assertThat(saga.get("feeds")).isEmpty();
        byName.values().forEach(processor -> {
            assertThat(processor.get("state").asText()).as(processor.toString()).isIn("running", "rebuilding");
            assertThat(processor.get("claimedSegments").asInt()).as(processor.toString()).isPositive();
        });
    }

    @Test
    void rebuildsCustomersWhileTheirReadersGet503AndTheTableComesBackRowForRow() throws Exception {
        String admin = adminToken();
        for (int i = 0; i < 30; i++) {
            String id = newCustomer(admin, "Sebelum " + i);
            if (i % 3 == 0) {
                Reply changed = api.put("/api/v1/customers/" + id, admin, """
                        {"name": "Sebelum %d", "phone": "0813-0000-%04d", "city": "Depok"}""".formatted(i, i), null);
                assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            }
        }
        String held = "Tahan " + Ids.next();
        String heldId = newCustomer(admin, held);
        for (int i = 0; i < 5; i++) {
            newCustomer(admin, "Sesudah " + i);
        }
        Processors.awaitCaughtUp(processing, jdbc);
        List<String> before = table("customers");
        assertThat(before).hasSizeGreaterThanOrEqualTo(36);

        CompletableFuture<List<String>> stream;
        try (ReadModelHold hold = ReadModelHold.on(dataSource, "customers", "new.name = '" + held + "'")) {
            Reply started = api.post(ADMIN_PATH + "/customers/rebuild", admin, null);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            assertThat(started.header("Location")).isEqualTo(ADMIN_PATH + "/customers/rebuild/progress");
            assertThat(started.json().get("state").asText()).isEqualTo("rebuilding");
            assertThat(started.json().get("eventsTotal").asLong()).isPositive();

            assertProblem(api.post(ADMIN_PATH + "/customers/rebuild", admin, null), 409, "already being rebuilt");

            Reply list = api.get("/api/v1/customers", admin);
            assertProblem(list, 503, "being rebuilt");
            assertThat(list.header("Retry-After")).isNotBlank();
            assertThat(list.json().get("rebuild").get("processor").asText()).isEqualTo("customers");
            assertThat(list.json().get("rebuild").get("eventsTotal").asLong()).isPositive();
            assertProblem(api.get("/api/v1/customers/" + heldId, admin), 503, "being rebuilt");
            long asked = System.nanoTime();
            Reply awaited = api.send("GET", "/api/v1/customers", admin, null, "NetLedger-Await-Position",
                    String.valueOf(Processors.head(jdbc)));
            assertProblem(awaited, 503, "being rebuilt");
            assertThat(Duration.ofNanos(System.nanoTime() - asked)).as("an awaited read does not wait for the replay")
                    .isLessThan(Duration.ofSeconds(3));
            assertThat(api.get("/api/v1/service-plans", admin).status()).as("other read models serve on")
                    .isEqualTo(200);

            JsonNode listed = byName(api.get(ADMIN_PATH, admin).json()).get("customers");
            assertThat(listed.get("state").asText()).isEqualTo("rebuilding");
            assertThat(listed.get("rebuild").get("eventsDone").asLong())
                    .isLessThan(listed.get("rebuild").get("eventsTotal").asLong());

            Rebuilds elsewhere = new Rebuilds(processing, jdbc, new RebuildingGroups());
            try {
                elsewhere.watch();
                assertThat(elsewhere.progress("customers")).as("a node that did not start it sees it in the tokens")
                        .hasValueSatisfying(progress -> {
                            assertThat(progress.finished()).isFalse();
                            assertThat(progress.resumed()).isTrue();
                        });
            } finally {
                elsewhere.stop();
            }

            stream = progressStream(admin, "customers");
            Thread.sleep(1500);
            hold.release();

            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                    "finished".equals(byName(api.get(ADMIN_PATH, admin).json()).get("customers").get("rebuild")
                            .get("state").asText()));
        }
        JsonNode finished = byName(api.get(ADMIN_PATH, admin).json()).get("customers");
        assertThat(finished.get("state").asText()).isEqualTo("running");
        assertThat(finished.get("rebuild").get("eventsDone").asLong())
                .isEqualTo(finished.get("rebuild").get("eventsTotal").asLong());
        assertThat(finished.get("rebuild").get("secondsLeft").asLong()).isZero();
        assertThat(table("customers")).containsExactlyElementsOf(before);
        assertThat(api.get("/api/v1/customers/" + heldId, admin).status()).isEqualTo(200);

        List<String> events = stream.get(30, TimeUnit.SECONDS);
        List<JsonNode> progress = events.stream().filter(line -> line.startsWith("data:"))
                .map(line -> readJson(line.substring(5))).toList();
        assertThat(events).contains("event:progress");
        assertThat(progress).as(events.toString()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(progress.get(0).get("state").asText()).isEqualTo("rebuilding");
        assertThat(progress.get(progress.size() - 1).get("state").asText()).isEqualTo("finished");
        assertThat(progress.get(progress.size() - 1).get("eventsDone").asLong()).isPositive();
    }

    @Test
    void rebuildingTheAuditLogBringsItBackRowForRow() {
        String admin = adminToken();
        for (int i = 0; i < 5; i++) {
            String id = newCustomer(admin, "Audit " + i);
            api.put("/api/v1/customers/" + id, admin, "{\"city\": \"Bogor\", \"name\": \"Audit Dua " + i + "\"}", null);
        }
        Processors.awaitCaughtUp(processing, jdbc);
        List<String> logs = table("audit_logs");
        List<String> state = table("audit_model_state");
        assertThat(logs).hasSizeGreaterThanOrEqualTo(10);
        // Rows lost since (a restore that missed them): the rebuild writes them again, the same.
        jdbc.update("delete from audit_logs where id in (select id from audit_logs order by id desc limit 4)");

        Reply started = api.post(ADMIN_PATH + "/audit/rebuild", admin, null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        awaitFinished(admin, "audit");

        assertThat(table("audit_logs")).containsExactlyElementsOf(logs);
        assertThat(table("audit_model_state")).containsExactlyElementsOf(state);
    }

    @Test
    void sagasHandleNothingWhileSubscriptionsAreRebuilt() {
        String admin = adminToken();
        String plan = api.post("/api/v1/service-plans", admin, """
                {"name": "Rebuilt %d", "price": "99000", "billingCycle": "monthly", "downloadSpeed": 10000,
                 "uploadSpeed": 5000, "dataUnit": "unlimited"}""".formatted(Ids.next())).json().get("id").asText();
        String nas = api.post("/api/v1/nas-servers", admin, """
                {"name": "Rebuild POP %d", "ipAddress": "127.0.0.1", "port": 18728, "username": "nl",
                 "password": "pw-rebuild-1", "apiType": "routeros_v6"}""".formatted(Ids.next())).json().get("id").asText();
        String customer = newCustomer(admin, "Langganan");
        Reply subscription = api.post("/api/v1/customers/" + customer + "/subscriptions", admin, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "rebuild-%d", "password": "pppoe-rebuild"}"""
                .formatted(plan, nas, Ids.next()));
        assertThat(subscription.status()).as(subscription.body()).isEqualTo(201);
        api.post("/api/v1/subscriptions/" + subscription.json().get("id").asText() + "/suspend", admin,
                "{\"reason\": \"rebuild\"}");
        Processors.awaitCaughtUp(processing, jdbc);
        List<String> subscriptions = table("customer_subscriptions");
        List<String> sagaTokens = jdbc.queryForList("""
                select processor_name || '/' || segment || '/' || encode(token, 'hex') from token_entry
                where processor_name like '%Processor' order by 1""", String.class);
        List<String> sagas = table("saga_entry");
        assertThat(sagaTokens).isNotEmpty();

        assertThat(api.post(ADMIN_PATH + "/subscriptions/rebuild", admin, null).status()).isEqualTo(202);
        awaitFinished(admin, "subscriptions");

        assertThat(table("customer_subscriptions")).containsExactlyElementsOf(subscriptions);
        assertThat(jdbc.queryForList("""
                select processor_name || '/' || segment || '/' || encode(token, 'hex') from token_entry
                where processor_name like '%Processor' order by 1""", String.class))
                .as("no saga's processor handled an event").containsExactlyElementsOf(sagaTokens);
        assertThat(table("saga_entry")).containsExactlyElementsOf(sagas);
    }

    @Test
    void refusesUnknownNamesSagasAndAnyoneButAdmin() {
        String admin = adminToken();
        assertProblem(api.post(ADMIN_PATH + "/nothing-such/rebuild", admin, null), 404, "no event processor");
        assertProblem(api.get(ADMIN_PATH + "/nothing-such/rebuild/progress", admin), 404, "no event processor");
        assertProblem(api.post(ADMIN_PATH + "/SubscriptionOnRouterProcessor/rebuild", admin, null), 409,
                "sagas are never replayed");
        String email = "staff-" + Ids.next() + "@isp.id";
        Reply created = api.post("/api/v1/users", admin, """
                {"name": "Dewi", "email": "%s", "password": "staff-password-1", "role": "staff"}""".formatted(email));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String staff = api.login(email, "staff-password-1");
        assertThat(api.get(ADMIN_PATH, staff).status()).isEqualTo(403);
        assertThat(api.get(ADMIN_PATH, staff).isProblem()).isTrue();
        Reply refused = api.post(ADMIN_PATH + "/customers/rebuild", staff, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(api.get(ADMIN_PATH, null).status()).isEqualTo(401);
    }

    @Test
    void aProgressStreamOfAProcessorNotRebuildingSaysSoAndEnds() throws Exception {
        List<String> events = progressStream(adminToken(), "settings").get(10, TimeUnit.SECONDS);
        assertThat(events).contains("event:progress");
        assertThat(events.stream().filter(line -> line.startsWith("data:")).map(line -> readJson(line.substring(5)))
                .map(json -> json.get("processor").asText())).containsExactly("settings");
    }

    private void awaitFinished(String admin, String name) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonNode rebuild = byName(api.get(ADMIN_PATH, admin).json()).get(name).get("rebuild");
            return rebuild != null && !rebuild.isNull() && "finished".equals(rebuild.get("state").asText());
        });
    }

    /** The lines of the progress stream, once the server has ended it. */
    private CompletableFuture<List<String>> progressStream(String token, String name) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ADMIN_PATH + "/" + name
                        + "/rebuild/progress"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenApply(response -> {
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body().map(String::strip).filter(line -> !line.isEmpty()).toList();
        });
    }

    private static Map<String, JsonNode> byName(JsonNode list) {
        return StreamSupport.stream(list.get("processors").spliterator(), false)
                .collect(java.util.stream.Collectors.toMap(p -> p.get("name").asText(), p -> p));
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static JsonNode readJson(String text) {
        try {
            return Api.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(text, e);
        }
    }

    /** A table as text rows in primary-key order: equal lists mean equal tables. */
    private List<String> table(String table) {
        return jdbc.queryForList("select t::text from " + table + " t order by 1", String.class);
    }
}
