package io.netledger.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.app.Simultaneously;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Customers over HTTP: registration, search, contact changes, lifecycle, unique email, audit. */
class CustomerApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void registersACustomerWithAGeneratedCodeAndAnE164Phone() {
        String staff = adminToken();
        String tag = String.valueOf(Ids.next());
        Reply created = api.post("/api/v1/customers", staff, """
                {"name": "Budi Santoso %s", "email": "Budi.%s@Mail.ID", "phone": "0812-3456-%s",
                 "address": "Jl. Merdeka 1", "city": "Bekasi", "province": "Jawa Barat", "postalCode": "17111",
                 "notes": "pelanggan lama", "metadata": {"odp": "ODP-BKS-01"}}""".formatted(tag, tag,
                tag.substring(tag.length() - 4)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("customerCode").asText()).matches("CUST-\\d{6,}");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        String id = created.json().get("id").asText();
        String position = created.header("NetLedger-Position");
        assertThat(position).as("a command answers the position it reached").matches("\\d+");

        Reply read = api.send("GET", "/api/v1/customers/" + id, staff, null, "NetLedger-Await-Position", position);
        assertThat(read.status()).as("read-your-writes: no polling needed").isEqualTo(200);
        JsonNode customer = read.json();
        assertThat(customer.get("customerCode").asText()).isEqualTo(created.json().get("customerCode").asText());
        assertThat(customer.get("email").asText()).isEqualTo("budi." + tag + "@mail.id");
        assertThat(customer.get("phone").asText()).isEqualTo("+628123456" + tag.substring(tag.length() - 4));
        assertThat(customer.get("status").asText()).isEqualTo("active");
        assertThat(customer.get("metadata").get("odp").asText()).isEqualTo("ODP-BKS-01");
        assertThat(customer.get("registrationDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(read.header("ETag")).isEqualTo("\"0\"");

        assertThat(search(staff, "q=Santoso+" + tag)).containsExactly(id);
        assertThat(search(staff, "q=0812-3456-" + tag.substring(tag.length() - 4))).contains(id);
        assertThat(search(staff, "q=" + customer.get("customerCode").asText())).containsExactly(id);
        assertThat(search(staff, "q=" + tag + "&status=suspended")).isEmpty();
        assertThat(search(staff, "q=" + tag + "&city=bekasi")).containsExactly(id);
        assertThat(search(staff, "q=" + tag + "&city=Depok")).isEmpty();
    }

    @Test
    void theCodeFormatComesFromTheSettingAndAGivenCodeIsKept() {
        String admin = adminToken();
        assertThat(api.put("/api/v1/settings/customer.code_format", admin, "{\"value\": \"PLG-%05d\"}", null)
                .status()).isEqualTo(200);
        try {
            Reply created = api.post("/api/v1/customers", admin, "{\"name\": \"Format Baru\"}");
            assertThat(created.json().get("customerCode").asText()).matches("PLG-\\d{5,}");
        } finally {
            api.put("/api/v1/settings/customer.code_format", admin, "{\"value\": \"CUST-%06d\"}", null);
        }
        String code = "LEGACY-" + Ids.next();
        Reply imported = api.post("/api/v1/customers", admin, """
                {"name": "Pindahan", "customerCode": "%s", "registrationDate": "2019-03-01"}""".formatted(code));
        assertThat(imported.json().get("customerCode").asText()).isEqualTo(code);
        Reply again = api.post("/api/v1/customers", admin, """
                {"name": "Pindahan Lagi", "customerCode": "%s"}""".formatted(code));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
    }

    @Test
    void changesContactDetailsWithOptimisticConcurrencyAndAuditsOldAndNewValues() {
        String admin = adminToken();
        String id = newCustomer(admin, "Citra");
        String path = "/api/v1/customers/" + id;
        Reply changed = api.put(path, admin, """
                {"name": "Citra Lestari", "phone": "+62 811 222 333", "city": "Depok"}""", "\"0\"");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"1\"");

        Reply stale = api.put(path, admin, "{\"name\": \"Citra L.\"}", "\"0\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.isProblem()).isTrue();

        JsonNode customer = api.send("GET", path, admin, null, "NetLedger-Await-Position",
                changed.header("NetLedger-Position")).json();
        assertThat(customer.get("name").asText()).isEqualTo("Citra Lestari");
        assertThat(customer.get("phone").asText()).isEqualTo("+62811222333");
        assertThat(customer.get("city").asText()).isEqualTo("Depok");

        // The GET above waited for every projection, the audit log's too.
        Map<String, Object> audit = jdbc.queryForMap("""
                select action, user_id, old_values::text as old_values, new_values::text as new_values
                from audit_logs where model_type = 'Customer' and model_id = ? and action = 'update'""",
                Long.parseLong(id));
        // What changed, never the values: they are personal data (docs/adr/0015).
        assertThat(audit.get("old_values").toString()).contains("\"city\": \"[personal]\"").doesNotContain("Bekasi");
        assertThat(audit.get("new_values").toString()).contains("\"city\": \"[personal]\"").doesNotContain("Depok");
        assertThat(audit.get("user_id")).as("the acting user").isNotNull();
    }

    @Test
    void suspendsReactivatesAndTerminatesForGood() {
        String staff = adminToken();
        String id = newCustomer(staff, "Dedi");
        String path = "/api/v1/customers/" + id;
        Reply noReason = api.post(path + "/suspend", staff, "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(api.post(path + "/suspend", staff, "{\"reason\": \"pindah rumah sementara\"}").status())
                .isEqualTo(200);
        api.awaitGet(path, staff, r -> r.json().get("status").asText().equals("suspended"));
        assertThat(api.post(path + "/reactivate", staff, null).status()).isEqualTo(200);
        assertThat(api.post(path + "/terminate", staff, "{\"reason\": \"berhenti berlangganan\"}").status())
                .isEqualTo(200);
        api.awaitGet(path, staff, r -> r.json().get("status").asText().equals("terminated"));

        Reply revived = api.post(path + "/reactivate", staff, null);
        assertThat(revived.status()).isEqualTo(422);
        assertThat(revived.json().get("detail").asText()).contains("terminated");
        assertThat(api.put(path, staff, "{\"name\": \"Dedi lagi\"}", null).status()).isEqualTo(422);
    }

    @Test
    void twoSimultaneousRegistrationsCannotBothTakeOneEmail() throws Exception {
        String staff = adminToken();
        String email = "rebutan-" + Ids.next() + "@mail.id";
        List<Callable<Reply>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = "{\"name\": \"Rebutan %d\", \"email\": \"%s\"}".formatted(i, email);
            attempts.add(() -> api.post("/api/v1/customers", staff, body));
        }
        List<Reply> replies = Simultaneously.run(attempts);
        List<Integer> statuses = replies.stream().map(Reply::status).toList();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        String position = replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow()
                .header("NetLedger-Position");
        JsonNode found = api.send("GET", "/api/v1/customers?q=" + email, staff, null, "NetLedger-Await-Position",
                position).json();
        assertThat(found.get("page").get("totalElements").asLong()).as("one customer holds the email").isEqualTo(1);
    }

    @Test
    void aChangedEmailIsFreedForOthers() {
        String staff = adminToken();
        String first = "lama-" + Ids.next() + "@mail.id";
        String id = api.post("/api/v1/customers", staff, "{\"name\": \"Eka\", \"email\": \"%s\"}".formatted(first))
                .json().get("id").asText();
        Reply taken = api.post("/api/v1/customers", staff,
                "{\"name\": \"Fajar\", \"email\": \"%s\"}".formatted(first));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("detail").asText()).isEqualTo("email " + first + " belongs to another customer");
        assertThat(api.put("/api/v1/customers/" + id, staff, "{\"name\": \"Eka\", \"email\": \"baru-%s\"}"
                .formatted(first), null).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/customers", staff, "{\"name\": \"Fajar\", \"email\": \"%s\"}".formatted(first))
                .status()).isEqualTo(201);
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingIsWritten() {
        String staff = adminToken();
        long before = events();
        assertProblem(api.post("/api/v1/customers", staff, "{\"name\": \"Gita\", \"email\": \"bukan-email\"}"), 422,
                "email is not valid");
        assertProblem(api.post("/api/v1/customers", staff, "{\"name\": \"Gita\", \"phone\": \"12ab\"}"), 422,
                "phone must be a phone number");
        assertProblem(api.post("/api/v1/customers", staff, "{\"email\": \"gita@mail.id\"}"), 400, "name");
        assertProblem(api.post("/api/v1/customers", staff, "{\"name\": [1]}"), 400, "not readable");
        assertProblem(api.post("/api/v1/customers", staff, "{\"name\": \"Gita\", \"registrationDate\": \"kemarin\"}"),
                400, "not readable");
        assertProblem(api.post("/api/v1/customers", staff, "{\"name\": \"Gita\", \"customerCode\": \"a b\"}"), 422,
                "customerCode");
        assertProblem(api.put("/api/v1/customers/42", staff, "{\"name\": \"Gita\"}", null), 404, "42");
        assertProblem(api.post("/api/v1/customers/42/suspend", staff, "{\"reason\": \"x\"}"), 404, "42");
        assertProblem(api.get("/api/v1/customers/42", staff), 404, "does not exist");
        assertProblem(api.get("/api/v1/customers?status=gone", staff), 400, "status must be one of");
        assertProblem(api.get("/api/v1/customers?sort=password", staff), 400, "sort must be one of");
        assertProblem(api.send("GET", "/api/v1/customers/42", staff, null, "NetLedger-Await-Position", "soon"), 400,
                "NetLedger-Await-Position");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aReadThatCannotCatchUpInTimeSays503InsteadOfStaleData() {
        String staff = adminToken();
        Reply reply = api.send("GET", "/api/v1/customers", staff, null, "NetLedger-Await-Position",
                String.valueOf(Long.MAX_VALUE));
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void aCustomerLoginSeesItsOwnCustomerAndNoOtherAndChangesNothing() {
        String staff = adminToken();
        String mine = newCustomer(staff, "Hadi");
        String other = newCustomer(staff, "Indah");
        String token = customerLogin(staff, mine);

        // The list is a read model: wait until it shows the customer just registered, then nothing else may be in it.
        Reply list = api.awaitGet("/api/v1/customers?size=100", token,
                r -> r.status() == 200 && !r.json().get("content").isEmpty());
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().get("content").findValuesAsText("id")).containsExactly(mine);
        assertThat(api.get("/api/v1/customers/" + mine, token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers/" + other, token).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/customers/" + other + "/subscriptions", token).status()).isEqualTo(404);

        long before = events();
        assertThat(api.post("/api/v1/customers", token, "{\"name\": \"Palsu\"}").status()).isEqualTo(403);
        assertThat(api.put("/api/v1/customers/" + mine, token, "{\"name\": \"Hadi\"}", null).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/customers/" + mine + "/suspend", token, "{\"reason\": \"x\"}").status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/customers/" + other + "/account", token,
                "{\"email\": \"x@y.id\", \"password\": \"0123456789ab\"}").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/customers", null).status()).isEqualTo(401);
        assertThat(events()).isEqualTo(before);

        Reply second = api.post("/api/v1/customers/" + mine + "/account", staff, """
                {"email": "kedua-%s@mail.id", "password": "portal-password-2"}""".formatted(mine));
        assertThat(second.status()).as("one login per customer").isEqualTo(409);
        Reply tooLong = api.post("/api/v1/customers/" + other + "/account", staff, """
                {"email": "panjang-%s@mail.id", "password": "%s"}""".formatted(other, "sandi-".repeat(13)));
        assertThat(tooLong.status()).as("bcrypt reads 72 bytes at most").isEqualTo(422);
        assertThat(tooLong.json().get("detail").asText()).contains("at most 72 bytes");
    }

    @Test
    void aPortalLoginIsNamedAfterItsCustomerUnlessStaffNameIt() {
        String staff = adminToken();
        String renamed = newCustomer(staff, "Siti Aminah");
        // Renamed a moment before the login opens: the name must come from the customer as it is now.
        Reply change = api.put("/api/v1/customers/" + renamed, staff, """
                {"name": "Siti Nurhaliza", "phone": "0812-7777-0001", "city": "Bekasi"}""", null);
        assertThat(change.status()).as(change.body()).isEqualTo(200);
        Reply unnamed = api.post("/api/v1/customers/" + renamed + "/account", staff, """
                {"email": "siti-%s@pelanggan.id", "password": "portal-password-1"}""".formatted(renamed));
        assertThat(unnamed.status()).as(unnamed.body()).isEqualTo(201);
        assertThat(readAfter("/api/v1/users/" + unnamed.json().get("id").asText(), staff, unnamed).json()
                .get("name").asText()).isEqualTo("Siti Nurhaliza");
        String token = api.login("siti-" + renamed + "@pelanggan.id", "portal-password-1");
        assertThat(api.get("/api/v1/account", token).json().get("name").asText()).isEqualTo("Siti Nurhaliza");

        String other = newCustomer(staff, "Joko Susilo");
        Reply named = api.post("/api/v1/customers/" + other + "/account", staff, """
                {"name": "Pak Joko (portal)", "email": "joko-%s@pelanggan.id", "password": "portal-password-1"}"""
                .formatted(other));
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        assertThat(readAfter("/api/v1/users/" + named.json().get("id").asText(), staff, named).json()
                .get("name").asText()).isEqualTo("Pak Joko (portal)");

        assertProblem(api.post("/api/v1/customers/4242/account", staff, """
                {"email": "tak-ada@pelanggan.id", "password": "portal-password-1"}"""), 404, "customer 4242");
    }

    private List<String> search(String token, String query) {
        Reply reply = api.awaitGet("/api/v1/customers?" + query, token, r -> r.status() == 200);
        return reply.json().get("content").findValuesAsText("id");
    }
}
