package io.netledger.app.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** One's own account (profile, password) and what an administrator does to anyone's. */
@ExtendWith(OutputCaptureExtension.class)
class AccountApiTest extends ApiTest {

    private static final String PROFILE = """
            {"address": "Jl. Kenanga 3", "city": "Bekasi", "province": "Jawa Barat", "postalCode": "17111",
             "country": "Indonesia", "birthDate": "1990-05-17", "gender": "Female",
             "photo": "https://cdn.isp.id/foto.jpg", "bio": "teknisi lapangan"}""";

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyoneKeepsTheirOwnProfileWithOptimisticConcurrency() {
        String admin = adminToken();
        String customer = newCustomer(admin, "Lina");
        String token = customerLogin(admin, customer);

        Reply account = api.get("/api/v1/account", token);
        assertThat(account.status()).isEqualTo(200);
        assertThat(account.json().get("role").asText()).isEqualTo("customer");
        assertThat(account.json().get("customerId").asText()).isEqualTo(customer);
        assertThat(account.body()).doesNotContainIgnoringCase("\"password\"");

        // A login is an audited change of the account: a client that edits right after it reads
        // at the login's position, or its ETag may already be stale.
        Reply login = api.post("/api/v1/auth/login", null, """
                {"email": "portal-%s@pelanggan.id", "password": "portal-password-1"}""".formatted(customer));
        token = login.json().get("token").asText();
        Reply empty = api.send("GET", "/api/v1/account/profile", token, null, "NetLedger-Await-Position",
                login.header("NetLedger-Position"));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("city").isNull()).isTrue();
        String etag = empty.header("ETag");

        Reply saved = api.put("/api/v1/account/profile", token, PROFILE, etag);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(api.put("/api/v1/account/profile", token, PROFILE.replace("Bekasi", "Bogor"), etag).status())
                .as("a stale ETag").isEqualTo(412);

        Reply read = api.send("GET", "/api/v1/account/profile", token, null, "NetLedger-Await-Position",
                saved.header("NetLedger-Position"));
        JsonNode profile = read.json();
        assertThat(profile.get("city").asText()).isEqualTo("Bekasi");
        assertThat(profile.get("gender").asText()).isEqualTo("female");
        assertThat(profile.get("birthDate").asText()).isEqualTo("1990-05-17");
        assertThat(read.header("ETag")).isEqualTo(saved.header("ETag"));

        String userId = account.json().get("id").asText();
        assertThat(api.get("/api/v1/users/" + userId + "/profile", admin).json().get("photo").asText())
                .isEqualTo("https://cdn.isp.id/foto.jpg");
        assertThat(jdbc.queryForObject("select old_values::text from audit_logs where model_type = 'User' "
                + "and model_id = ? and action = 'update_profile'", String.class, Long.parseLong(userId)))
                .as("a first profile has no old values").isNull();
    }

    @Test
    void changingOnesPasswordNeedsTheCurrentOneAndEndsOlderTokens(CapturedOutput logs) throws Exception {
        String admin = adminToken();
        String email = "staf-" + Ids.next() + "@isp.id";
        String first = "Pertama-" + Ids.next();
        String second = "Kedua-" + Ids.next();
        assertThat(api.post("/api/v1/users", admin, """
                {"name": "Mira", "email": "%s", "password": "%s", "role": "staff"}""".formatted(email, first))
                .status()).isEqualTo(201);
        String token = api.login(email, first);
        long before = events();

        Reply wrong = api.post("/api/v1/account/password", token, """
                {"currentPassword": "bukan-ini-sandinya", "newPassword": "%s"}""".formatted(second));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.json().get("detail").asText()).isEqualTo("the current password is not right");
        Reply tooShort = api.post("/api/v1/account/password", token, """
                {"currentPassword": "%s", "newPassword": "pendek"}""".formatted(first));
        assertThat(tooShort.status()).isEqualTo(422);
        assertThat(events()).isEqualTo(before);

        Thread.sleep(1_100); // tokens count whole seconds: let the change fall in a later one
        Reply changed = api.post("/api/v1/account/password", token, """
                {"currentPassword": "%s", "newPassword": "%s"}""".formatted(first, second));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        api.send("GET", "/api/v1/settings/public", null, null, "NetLedger-Await-Position",
                changed.header("NetLedger-Position"));

        assertThat(api.get("/api/v1/account", token).status()).as("a token from before the change").isEqualTo(401);
        assertThat(api.post("/api/v1/auth/login", null, """
                {"email": "%s", "password": "%s"}""".formatted(email, first)).status()).isEqualTo(401);
        String fresh = api.login(email, second);
        assertThat(api.get("/api/v1/account", fresh).status()).isEqualTo(200);

        for (String password : List.of(first, second)) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from domain_event_entry
                    where position(convert_to(?, 'UTF8') in payload) > 0
                       or position(convert_to(?, 'UTF8') in meta_data) > 0""", Long.class, password, password))
                    .isZero();
            for (String table : jdbc.queryForList("""
                    select table_name from information_schema.tables
                    where table_schema = 'public' and table_type = 'BASE TABLE'""", String.class)) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " t where t::text like ?",
                        Long.class, "%" + password + "%")).as(table).isZero();
            }
            assertThat(logs.getAll()).doesNotContain(password);
        }
    }

    @Test
    void anAdministratorResetsPasswordsVerifiesEmailsAndNobodyElseMay() {
        String admin = adminToken();
        String customer = newCustomer(admin, "Nanda");
        String customerToken = customerLogin(admin, customer);
        String userId = api.get("/api/v1/account", customerToken).json().get("id").asText();
        String staffEmail = "staf-" + Ids.next() + "@isp.id";
        api.post("/api/v1/users", admin, """
                {"name": "Oki", "email": "%s", "password": "staff-password-1", "role": "staff"}"""
                .formatted(staffEmail));
        String staff = api.login(staffEmail, "staff-password-1");

        long before = events();
        for (String token : List.of(customerToken, staff)) {
            assertThat(api.post("/api/v1/users/" + userId + "/password", token,
                    "{\"newPassword\": \"dicuri-dicuri\"}").status()).isEqualTo(403);
            assertThat(api.post("/api/v1/users/" + userId + "/verify-email", token, null).status()).isEqualTo(403);
            assertThat(api.put("/api/v1/users/" + userId + "/profile", token, PROFILE, null).status())
                    .isEqualTo(403);
            assertThat(api.get("/api/v1/users/" + userId + "/profile", token).status()).isEqualTo(403);
        }
        assertThat(events()).isEqualTo(before);

        Reply verified = api.post("/api/v1/users/" + userId + "/verify-email", admin, null);
        assertThat(verified.status()).isEqualTo(200);
        Reply again = api.post("/api/v1/users/" + userId + "/verify-email", admin, null);
        assertThat(again.header("ETag")).as("verifying twice changes nothing").isEqualTo(verified.header("ETag"));
        JsonNode user = api.send("GET", "/api/v1/users/" + userId, admin, null, "NetLedger-Await-Position",
                verified.header("NetLedger-Position")).json();
        assertThat(user.get("emailVerifiedAt").isNull()).isFalse();

        Reply reset = api.post("/api/v1/users/" + userId + "/password", admin,
                "{\"newPassword\": \"reset-oleh-admin-1\"}");
        assertThat(reset.status()).isEqualTo(200);
        assertThat(api.login("portal-" + customer + "@pelanggan.id", "reset-oleh-admin-1")).isNotBlank();
    }

    @Test
    void badInputIsRefusedWithAProblemAndNothingIsWritten() {
        String admin = adminToken();
        long before = events();
        assertProblem(api.put("/api/v1/account/profile", admin, "{\"city\": \"Bek", null), 400, "not readable");
        assertProblem(api.put("/api/v1/account/profile", admin, "{\"birthDate\": \"kemarin\"}", null), 400,
                "not readable");
        assertProblem(api.put("/api/v1/account/profile", admin, "{\"city\": \"" + "x".repeat(101) + "\"}", null),
                400, "city");
        assertProblem(api.put("/api/v1/account/profile", admin, "{\"birthDate\": \"2999-01-01\"}", null), 422,
                "birthDate");
        assertProblem(api.put("/api/v1/account/profile", admin, "{\"photo\": \"ftp://x.id/a.jpg\"}", null), 422,
                "photo");
        assertProblem(api.put("/api/v1/account/profile", admin, "{}", "\"kemarin\""), 400, "If-Match");
        assertProblem(api.post("/api/v1/account/password", admin, "{\"newPassword\": \"abcdefghijkl\"}"), 400,
                "currentPassword");
        assertProblem(api.put("/api/v1/users/42/profile", admin, "{}", null), 404, "42");
        assertProblem(api.post("/api/v1/users/42/password", admin, "{\"newPassword\": \"abcdefghijkl\"}"), 404, "42");
        assertProblem(api.get("/api/v1/users/42/profile", admin), 404, "42");
        assertProblem(api.get("/api/v1/account", null), 401, "token");
        assertThat(events()).isEqualTo(before);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private void assertProblem(Reply reply, int status, String detail) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.body()).isTrue();
        assertThat(reply.json().get("detail").asText()).containsIgnoringCase(detail);
    }
}
