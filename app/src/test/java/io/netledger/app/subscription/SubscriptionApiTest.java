package io.netledger.app.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.app.Simultaneously;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** Subscriptions and their networks over HTTP, from sale to termination. */
@ExtendWith(OutputCaptureExtension.class)
class SubscriptionApiTest extends ApiTest {

    private static final String PPPOE_PASSWORD = "Pppoe-Rahasia-5521";

    @Autowired
    private JdbcTemplate jdbc;

    private String staff;
    private String plan;
    private String nas;
    private String customer;

    @BeforeEach
    void stock() {
        staff = adminToken();
        plan = newPlan("Home 20M " + Ids.next(), "150000");
        nas = newNas("10.20." + (int) (Math.random() * 250) + ".1");
        customer = newCustomer(staff, "Joko");
    }

    @Test
    void sellsASubscriptionAtThePlansPriceOfThatDay() {
        Reply sold = sell(customer, "joko@rumah", nas, plan);
        assertThat(sold.status()).as(sold.body()).isEqualTo(201);
        assertThat(sold.json().get("status").asText()).isEqualTo("pending");
        assertThat(sold.body()).doesNotContain(PPPOE_PASSWORD);
        String id = sold.json().get("id").asText();

        assertThat(api.patch("/api/v1/service-plans/" + plan, staff, "{\"price\": 175000}", null).status())
                .isEqualTo(200);
        JsonNode subscription = readAfter("/api/v1/subscriptions/" + id, staff, sold).json();
        assertThat(subscription.get("customerId").asText()).isEqualTo(customer);
        assertThat(subscription.get("nasServerId").asText()).isEqualTo(nas);
        assertThat(subscription.get("username").asText()).isEqualTo("joko@rumah");
        assertThat(subscription.get("status").asText()).isEqualTo("pending");
        assertThat(new BigDecimal(subscription.get("price").asText())).isEqualByComparingTo("150000");
        assertThat(subscription.get("billingCycle").asText()).isEqualTo("monthly");
        assertThat(subscription.toString()).doesNotContainIgnoringCase("password");

        assertThat(api.get("/api/v1/customers/" + customer + "/subscriptions", staff).json().get("content")
                .findValuesAsText("id")).containsExactly(id);
        assertThat(api.get("/api/v1/subscriptions?nasServerId=" + nas + "&status=pending", staff).json()
                .get("content").findValuesAsText("id")).containsExactly(id);
        assertThat(api.get("/api/v1/subscriptions?servicePlanId=" + plan + "&status=active", staff).json()
                .get("content")).isEmpty();
    }

    @Test
    void runsTheLifecycleAndRefusesIllegalTransitionsClearly() {
        String id = sell(customer, "lifecycle-" + Ids.next(), nas, plan).json().get("id").asText();
        String path = "/api/v1/subscriptions/" + id;

        Reply early = api.post(path + "/suspend", staff, "{\"reason\": \"telat bayar\"}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asText()).contains("is pending and cannot be suspended");

        Reply backwards = api.post(path + "/activate", staff, "{\"endDate\": \"2000-01-01\"}");
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.json().get("detail").asText()).contains("must be after the start date");

        String end = java.time.LocalDate.now().plusMonths(1).toString();
        assertThat(api.post(path + "/activate", staff, "{\"endDate\": \"" + end + "\"}").status()).isEqualTo(200);
        assertThat(api.post(path + "/suspend", staff, "{}").status()).as("a reason is required").isEqualTo(400);
        Reply suspended = api.post(path + "/suspend", staff, "{\"reason\": \"telat bayar\"}");
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(readAfter(path, staff, suspended).json().get("status").asText()).isEqualTo("suspended");
        assertThat(api.post(path + "/reactivate", staff, null).status()).isEqualTo(200);
        Reply extended = api.post(path + "/extend", staff, "{\"endDate\": \"" + java.time.LocalDate.now()
                .plusMonths(2) + "\"}");
        assertThat(extended.status()).isEqualTo(200);
        assertThat(readAfter(path, staff, extended).json().get("endDate").asText())
                .isEqualTo(java.time.LocalDate.now().plusMonths(2).toString());

        Reply terminated = api.post(path + "/terminate", staff, "{\"reason\": \"pindah provider\"}");
        assertThat(terminated.status()).isEqualTo(200);
        assertThat(readAfter(path, staff, terminated).json().get("status").asText()).isEqualTo("terminated");
        Reply revived = api.post(path + "/reactivate", staff, null);
        assertThat(revived.status()).isEqualTo(422);
        assertThat(revived.json().get("detail").asText()).contains("is terminated");
    }

    @Test
    void aPlanChangeWaitsForTheNextPeriod() {
        String bigger = newPlan("Home 50M " + Ids.next(), "300000");
        String pending = sell(customer, "pending-" + Ids.next(), nas, plan).json().get("id").asText();
        Reply atOnce = api.post("/api/v1/subscriptions/" + pending + "/change-plan", staff,
                "{\"servicePlanId\": \"" + bigger + "\"}");
        assertThat(atOnce.status()).as(atOnce.body()).isEqualTo(200);
        JsonNode moved = readAfter("/api/v1/subscriptions/" + pending, staff, atOnce).json();
        assertThat(moved.get("servicePlanId").asText()).as("not started yet: at once").isEqualTo(bigger);
        assertThat(new BigDecimal(moved.get("price").asText())).isEqualByComparingTo("300000");

        String running = sell(customer, "running-" + Ids.next(), nas, plan).json().get("id").asText();
        String path = "/api/v1/subscriptions/" + running;
        String end = java.time.LocalDate.now().plusDays(10).toString();
        api.post(path + "/activate", staff, "{\"endDate\": \"" + end + "\"}");
        Reply scheduled = api.post(path + "/change-plan", staff, "{\"servicePlanId\": " + bigger + "}");
        assertThat(scheduled.status()).isEqualTo(200);
        JsonNode waiting = readAfter(path, staff, scheduled).json();
        assertThat(waiting.get("servicePlanId").asText()).as("the paid period keeps its plan").isEqualTo(plan);
        assertThat(new BigDecimal(waiting.get("price").asText())).isEqualByComparingTo("150000");
        assertThat(waiting.get("scheduledPlanId").asText()).isEqualTo(bigger);
        assertThat(waiting.get("scheduledFrom").asText()).isEqualTo(end);

        Reply renewed = api.post(path + "/extend", staff, "{\"endDate\": \""
                + java.time.LocalDate.now().plusDays(40) + "\"}");
        JsonNode next = readAfter(path, staff, renewed).json();
        assertThat(next.get("servicePlanId").asText()).isEqualTo(bigger);
        assertThat(new BigDecimal(next.get("price").asText())).isEqualByComparingTo("300000");
        assertThat(next.get("scheduledPlanId").isNull()).isTrue();

        api.post("/api/v1/service-plans/" + plan + "/deactivate", staff, null);
        Reply unsold = api.post(path + "/change-plan", staff, "{\"servicePlanId\": " + plan + "}");
        assertThat(unsold.status()).isEqualTo(422);
        assertThat(unsold.json().get("detail").asText()).contains("no longer sold");
    }

    @Test
    void aUsernameIsTakenOncePerRouterEvenBySimultaneousSales() throws Exception {
        String username = "rebutan-" + Ids.next();
        List<Integer> statuses = Simultaneously.run(6, () -> sell(customer, username, nas, plan)).stream()
                .map(Reply::status).toList();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);

        String otherNas = newNas("10.21." + (int) (Math.random() * 250) + ".1");
        assertThat(sell(customer, username, otherNas, plan).status()).as("another router").isEqualTo(201);

        String winner = api.awaitGet("/api/v1/subscriptions?nasServerId=" + nas, staff,
                r -> r.json().get("content").size() == 1).json().get("content").get(0).get("id").asText();
        api.post("/api/v1/subscriptions/" + winner + "/terminate", staff, "{\"reason\": \"putus\"}");
        assertThat(sell(customer, username, nas, plan).status()).as("freed by termination").isEqualTo(201);
    }

    @Test
    void assignsNetworksWithOnePrimaryAndNormalisedAddresses() {
        String id = sell(customer, "net-" + Ids.next(), nas, plan).json().get("id").asText();
        String networks = "/api/v1/subscriptions/" + id + "/networks";
        Reply first = api.post(networks, staff, """
                {"ipAddress": "192.168.88.10", "macAddress": "aa-bb-cc-00-11-22", "interface": "ether2",
                 "vlanId": "0100", "description": "ONU ruang tamu"}""");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Reply second = api.send("POST", networks, staff, """
                {"ipAddress": "2001:0db8:0000:0000:0000:0000:0000:0001", "primary": true}""", "If-Match",
                first.header("ETag"));
        assertThat(second.status()).as(second.body()).isEqualTo(201);

        Reply listed = readAfter(networks, staff, second);
        JsonNode rows = listed.json().get("content");
        assertThat(rows).hasSize(2);
        JsonNode onu = rows.get(0).get("id").asText().equals(first.json().get("id").asText()) ? rows.get(0)
                : rows.get(1);
        JsonNode v6 = onu == rows.get(0) ? rows.get(1) : rows.get(0);
        assertThat(onu.get("macAddress").asText()).isEqualTo("AA:BB:CC:00:11:22");
        assertThat(onu.get("interface").asText()).isEqualTo("ether2");
        assertThat(onu.get("vlanId").asText()).isEqualTo("100");
        assertThat(onu.get("isPrimary").asBoolean()).isFalse();
        assertThat(v6.get("ipAddress").asText()).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(v6.get("isPrimary").asBoolean()).isTrue();
        assertThat(onu.get("customerId").asText()).isEqualTo(customer);

        Reply stale = api.send("DELETE", networks + "/" + v6.get("id").asText(), staff, null, "If-Match",
                first.header("ETag"));
        assertThat(stale.status()).isEqualTo(412);
        Reply released = api.send("DELETE", networks + "/" + v6.get("id").asText(), staff, null);
        assertThat(released.status()).isEqualTo(200);
        JsonNode left = readAfter(networks, staff, released).json().get("content");
        assertThat(left).hasSize(1);
        assertThat(left.get(0).get("isPrimary").asBoolean()).as("the remaining network becomes primary").isTrue();

        Reply demoted = api.put(networks + "/" + onu.get("id").asText(), staff,
                "{\"ipAddress\": \"192.168.88.11\", \"primary\": false}", null);
        assertThat(demoted.status()).isEqualTo(422);
        assertThat(demoted.json().get("detail").asText()).contains("make another network primary");
        Reply moved = api.put(networks + "/" + onu.get("id").asText(), staff,
                "{\"ipAddress\": \"192.168.88.11\", \"macAddress\": \"AABB.CC00.1122\"}", null);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        readAfter(networks, staff, moved);
        var audit = jdbc.queryForMap("""
                select old_values::text as old_values, new_values::text as new_values from audit_logs
                where model_type = 'CustomerNetwork' and model_id = ? and action = 'update'""",
                Long.parseLong(onu.get("id").asText()));
        assertThat(audit.get("old_values").toString()).contains("192.168.88.10").doesNotContain("2001:db8");
        assertThat(audit.get("new_values").toString()).contains("192.168.88.11");
        assertThat(sell(customer, "free-ip-" + Ids.next(), nas, plan).status()).isEqualTo(201);
        String other = sell(customer, "other-" + Ids.next(), nas, plan).json().get("id").asText();
        assertThat(api.post("/api/v1/subscriptions/" + other + "/networks", staff,
                "{\"ipAddress\": \"192.168.88.10\"}").status()).as("the old address was freed").isEqualTo(201);
        Reply taken = api.post("/api/v1/subscriptions/" + other + "/networks", staff,
                "{\"ipAddress\": \"192.168.88.11\"}");
        assertThat(taken.status()).as("taken on this router").isEqualTo(409);
        assertThat(taken.json().get("detail").asText())
                .isEqualTo("ipAddress 192.168.88.11 is already assigned to another network on NAS server " + nas);
    }

    @Test
    void anAddressIsTakenOncePerRouterEvenBySimultaneousAssignments() throws Exception {
        String a = sell(customer, "ip-a-" + Ids.next(), nas, plan).json().get("id").asText();
        String b = sell(customer, "ip-b-" + Ids.next(), nas, plan).json().get("id").asText();
        List<Integer> statuses = Simultaneously.run(List.<Callable<Reply>>of(
                () -> api.post("/api/v1/subscriptions/" + a + "/networks", staff, "{\"ipAddress\": \"10.99.0.7\"}"),
                () -> api.post("/api/v1/subscriptions/" + b + "/networks", staff, "{\"ipAddress\": \"10.99.0.7\"}"),
                () -> api.post("/api/v1/subscriptions/" + a + "/networks", staff, "{\"ipAddress\": \"10.99.0.7\"}"),
                () -> api.post("/api/v1/subscriptions/" + b + "/networks", staff, "{\"ipAddress\": \"10.99.0.7\"}")))
                .stream().map(Reply::status).toList();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).containsOnly(201, 409);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like "
                + "'%NetworkAssigned' and position(convert_to('10.99.0.7', 'UTF8') in payload) > 0 "
                + "and aggregate_identifier in (?, ?)", Long.class, a, b)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingIsWritten() {
        String id = sell(customer, "bad-" + Ids.next(), nas, plan).json().get("id").asText();
        String subscriptions = "/api/v1/customers/" + customer + "/subscriptions";
        long before = events();
        assertProblem(api.post(subscriptions, staff, "{}"), 400, "servicePlanId");
        assertProblem(api.post(subscriptions, staff, body("x", nas, plan).replace("\"" + nas + "\"", "\"abc\"")), 400,
                "not readable");
        assertProblem(api.post(subscriptions, staff, body("spasi di nama", nas, plan)), 422, "username");
        assertProblem(api.post("/api/v1/customers/42/subscriptions", staff, body("u42", nas, plan)), 404, "42");
        assertProblem(api.post(subscriptions, staff, body("u43", nas, "43")), 422, "names no service plan");
        assertProblem(api.post(subscriptions, staff, body("u44", "44", plan)), 422, "names no NAS server");
        assertProblem(api.post(subscriptions, staff, body("u45", nas, plan).replace("}", ", \"startDate\": \"besok\"}")),
                400, "not readable");
        String networks = "/api/v1/subscriptions/" + id + "/networks";
        assertProblem(api.post(networks, staff, "{\"macAddress\": \"01:00:5E:00:00:01\"}"), 422, "group address");
        assertProblem(api.post(networks, staff, "{\"macAddress\": \"AA:BB:CC\"}"), 422, "not a MAC address");
        assertProblem(api.post(networks, staff, "{\"ipAddress\": \"10.0.0.300\"}"), 422, "not an IP address");
        assertProblem(api.post(networks, staff, "{\"ipAddress\": \"10.0.0.3\", \"vlanId\": \"4095\"}"), 422,
                "vlanId");
        assertProblem(api.post(networks, staff, "{\"description\": \"tanpa alamat\"}"), 422, "ipAddress");
        assertProblem(api.put(networks + "/42", staff, "{\"ipAddress\": \"10.0.0.4\"}", null), 404, "42");
        assertProblem(api.post("/api/v1/subscriptions/42/suspend", staff, "{\"reason\": \"x\"}"), 404, "42");
        assertProblem(api.post("/api/v1/subscriptions/" + id + "/activate", staff,
                "{\"endDate\": \"kemarin\"}"), 400,
                "not readable");
        assertProblem(api.post("/api/v1/subscriptions/" + id + "/router-sync", staff, "{}"), 400, "mikrotikId");
        assertProblem(api.get("/api/v1/subscriptions?status=paused", staff), 400, "status must be one of");
        assertProblem(api.get("/api/v1/subscriptions/42", staff), 404, "does not exist");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void customersReadOnlyTheirOwnSubscriptionsAndNetworks() {
        String other = newCustomer(staff, "Kartika");
        String mine = sell(customer, "own-" + Ids.next(), nas, plan).json().get("id").asText();
        String theirs = sell(other, "theirs-" + Ids.next(), nas, plan).json().get("id").asText();
        api.post("/api/v1/subscriptions/" + mine + "/networks", staff, "{\"ipAddress\": \"10.55.0.1\"}");
        Reply last = api.post("/api/v1/subscriptions/" + theirs + "/networks", staff, "{\"ipAddress\": \"10.55.0.2\"}");
        String token = customerLogin(staff, customer);
        readAfter("/api/v1/subscriptions/" + theirs, staff, last);

        assertThat(api.get("/api/v1/subscriptions/" + mine, token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/subscriptions/" + mine + "/networks", token).json().get("content"))
                .hasSize(1);
        assertThat(api.get("/api/v1/customers/" + customer + "/subscriptions", token).json().get("content")
                .findValuesAsText("id")).containsExactly(mine);
        assertThat(api.get("/api/v1/subscriptions?size=100", token).json().get("content").findValuesAsText("id"))
                .containsExactly(mine);
        assertThat(api.get("/api/v1/subscriptions?customerId=" + other, token).json().get("content")).isEmpty();
        assertThat(api.get("/api/v1/subscriptions/" + theirs, token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/subscriptions/" + theirs + "/networks", token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/" + other + "/subscriptions", token).status()).isEqualTo(404);

        long before = events();
        assertThat(api.post("/api/v1/customers/" + customer + "/subscriptions", token, body("x1", nas, plan))
                .status()).isEqualTo(403);
        for (String action : List.of("suspend", "reactivate", "terminate", "activate", "extend", "change-plan",
                "rotate-password", "router-sync", "networks")) {
            assertThat(api.post("/api/v1/subscriptions/" + mine + "/" + action, token, "{}").status())
                    .as(action).isEqualTo(403);
        }
        assertThat(api.send("DELETE", "/api/v1/subscriptions/" + mine + "/networks/1", token, null).status())
                .isEqualTo(403);
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void noPlaintextPppoePasswordAnywhere(CapturedOutput logs) {
        String id = sell(customer, "secret-" + Ids.next(), nas, plan).json().get("id").asText();
        Reply rotated = api.post("/api/v1/subscriptions/" + id + "/rotate-password", staff,
                "{\"password\": \"" + PPPOE_PASSWORD + "-2\"}");
        assertThat(rotated.status()).isEqualTo(200);
        readAfter("/api/v1/subscriptions/" + id, staff, rotated);

        String sealed = jdbc.queryForObject("select password_encrypted from customer_subscriptions where id = ?",
                String.class, Long.parseLong(id));
        assertThat(sealed).matches("[0-9a-f]{8}:[A-Za-z0-9+/=]+");
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where position(convert_to(?, 'UTF8') in payload) > 0 or position(convert_to(?, 'UTF8') in meta_data) > 0""",
                Long.class, PPPOE_PASSWORD, PPPOE_PASSWORD)).as("event store").isZero();
        for (String table : jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE'""", String.class)) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " t where t::text like ?", Long.class,
                    "%" + PPPOE_PASSWORD + "%")).as(table).isZero();
        }
        assertThat(api.get("/api/v1/subscriptions/" + id, staff).body()).doesNotContain(PPPOE_PASSWORD);
        assertThat(logs.getAll()).doesNotContain(PPPOE_PASSWORD);
    }

    @Test
    void idempotentSalesAndAuditedChanges() {
        String key = "sale-" + Ids.next();
        String body = body("idem-" + Ids.next(), nas, plan);
        Reply first = api.send("POST", "/api/v1/customers/" + customer + "/subscriptions", staff, body,
                "Idempotency-Key", key);
        Reply retry = api.send("POST", "/api/v1/customers/" + customer + "/subscriptions", staff, body,
                "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        String id = first.json().get("id").asText();
        assertThat(retry.json().get("id").asText()).isEqualTo(id);

        Reply suspended = api.post("/api/v1/subscriptions/" + id + "/activate", staff,
                "{\"endDate\": \"" + java.time.LocalDate.now().plusMonths(1) + "\"}");
        readAfter("/api/v1/subscriptions/" + id, staff, suspended);
        var audit = jdbc.queryForMap("""
                select user_id, old_values::text as old_values, new_values::text as new_values from audit_logs
                where model_type = 'Subscription' and model_id = ? and action = 'activate'""", Long.parseLong(id));
        assertThat(audit.get("user_id")).isNotNull();
        assertThat(audit.get("new_values").toString()).contains("endDate");
        assertThat(jdbc.queryForObject("""
                select new_values::text from audit_logs where model_type = 'Subscription' and model_id = ?
                and action = 'create'""", String.class, Long.parseLong(id))).contains("[redacted]")
                .doesNotContain(PPPOE_PASSWORD);
    }

    private Reply sell(String customerId, String username, String nasId, String planId) {
        return api.post("/api/v1/customers/" + customerId + "/subscriptions", staff, body(username, nasId, planId));
    }

    private static String body(String username, String nasId, String planId) {
        return """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "%s", "password": "%s"}"""
                .formatted(planId, nasId, username, PPPOE_PASSWORD);
    }

    private String newPlan(String name, String price) {
        Reply created = api.post("/api/v1/service-plans", staff, """
                {"name": "%s", "price": "%s", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(name, price));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private String newNas(String ip) {
        Reply created = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP %s", "ipAddress": "%s", "username": "netledger", "password": "router-pw-1",
                 "apiType": "routeros_v7"}""".formatted(ip, ip));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }
}
