package io.netledger.app.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.util.Base64;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** User administration, passwords, and tokens that stop working the moment their account changes. */
@ExtendWith(OutputCaptureExtension.class)
class UserApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    private String newStaff(String admin, String email) {
        Reply created = api.post("/api/v1/users", admin, """
                {"name": "Dewi", "email": "%s", "password": "staff-password-1", "role": "staff"}""".formatted(email));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void anAdminCreatesAStaffAccountThatCanLogInAndIsListedWithoutItsPassword() {
        String admin = adminToken();
        String email = "dewi-" + Ids.next() + "@isp.id";
        String id = newStaff(admin, email);

        assertThat(api.login(email, "staff-password-1")).isNotBlank();
        Reply listed = api.get("/api/v1/users?role=staff&size=200", admin);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()).contains(id).doesNotContain("$2a$").doesNotContainIgnoringCase("password");
        assertThat(api.get("/api/v1/users/" + id, admin).json().get("role").asText()).isEqualTo("staff");
    }

    @Test
    void deactivatingAnAccountRevokesItsTokensAtOnce() {
        String admin = adminToken();
        String email = "eko-" + Ids.next() + "@isp.id";
        String id = newStaff(admin, email);
        String staff = api.login(email, "staff-password-1");
        assertThat(api.get("/api/v1/service-plans", staff).status()).isEqualTo(200);

        assertThat(api.post("/api/v1/users/" + id + "/deactivate", admin, null).status()).isEqualTo(200);
        Awaitility.await().until(() -> api.get("/api/v1/service-plans", staff).status() == 401);
        assertThat(api.post("/api/v1/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"staff-password-1\"}").status()).isEqualTo(401);

        assertThat(api.post("/api/v1/users/" + id + "/activate", admin, null).status()).isEqualTo(200);
        assertThat(api.login(email, "staff-password-1")).isNotBlank();
    }

    @Test
    void aRoleChangeTakesEffectAtTheNextLogin() {
        String admin = adminToken();
        String email = "fajar-" + Ids.next() + "@isp.id";
        String id = newStaff(admin, email);
        String asStaff = api.login(email, "staff-password-1");

        assertThat(api.send("PUT", "/api/v1/users/" + id + "/role", admin, "{\"role\": \"admin\"}").status())
                .isEqualTo(200);
        Awaitility.await().until(() -> api.get("/api/v1/service-plans", asStaff).status() == 401);
        String asAdmin = api.login(email, "staff-password-1");
        assertThat(new String(Base64.getUrlDecoder().decode(asAdmin.split("\\.")[1]))).contains("\"ADMIN\"");
        assertThat(api.get("/api/v1/users", asAdmin).status()).isEqualTo(200);
    }

    @Test
    void refusesWhatAnAdminMayNotDo() {
        String admin = adminToken();
        String adminId = new String(Base64.getUrlDecoder().decode(admin.split("\\.")[1]))
                .replaceAll(".*\"sub\":\"(\\d+)\".*", "$1");
        String email = "gita-" + Ids.next() + "@isp.id";
        newStaff(admin, email);

        Reply self = api.post("/api/v1/users/" + adminId + "/deactivate", admin, null);
        assertThat(self.status()).isEqualTo(422);
        assertThat(self.json().get("detail").asText()).contains("your own account");
        Reply duplicate = api.post("/api/v1/users", admin, """
                {"name": "Again", "email": "%s", "password": "another-password-1", "role": "staff"}"""
                .formatted(email.toUpperCase()));
        assertThat(duplicate.status()).isEqualTo(409);
        Reply customer = api.post("/api/v1/users", admin, """
                {"name": "Pelanggan", "email": "p-%d@mail.id", "password": "customer-pass-1", "role": "customer"}"""
                .formatted(Ids.next()));
        assertThat(customer.status()).isEqualTo(422);
        Reply shortPassword = api.post("/api/v1/users", admin, """
                {"name": "Short", "email": "s-%d@isp.id", "password": "short", "role": "staff"}""".formatted(Ids.next()));
        assertThat(shortPassword.status()).isEqualTo(422);
        Reply badRole = api.get("/api/v1/users?role=root", admin);
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(api.post("/api/v1/users/42/deactivate", admin, null).status()).isEqualTo(404);
    }

    @Test
    void staffMayNotAdministerUsers() {
        String admin = adminToken();
        String email = "hadi-" + Ids.next() + "@isp.id";
        newStaff(admin, email);
        String staff = api.login(email, "staff-password-1");
        assertThat(api.get("/api/v1/users", staff).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/users", staff, "{}").status()).isEqualTo(403);
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndEndsTheOldTokens() {
        String admin = adminToken();
        String email = "joko-" + Ids.next() + "@isp.id";
        String id = newStaff(admin, email);
        String before = api.login(email, "staff-password-1");
        long events = eventsOf(id);

        Reply wrong = api.post("/api/v1/account/password", before, """
                {"currentPassword": "not-my-password", "newPassword": "joko-new-password-2"}""");
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.isProblem()).isTrue();
        assertThat(wrong.json().get("detail").asText()).isEqualTo("the current password is not correct");
        Reply tooShort = api.post("/api/v1/account/password", before, """
                {"currentPassword": "staff-password-1", "newPassword": "short"}""");
        assertThat(tooShort.status()).isEqualTo(422);
        Reply same = api.post("/api/v1/account/password", before, """
                {"currentPassword": "staff-password-1", "newPassword": "staff-password-1"}""");
        assertThat(same.status()).isEqualTo(422);
        Reply missing = api.post("/api/v1/account/password", before, "{\"newPassword\": \"joko-new-password-2\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.isProblem()).isTrue();
        assertThat(eventsOf(id)).as("refused changes record nothing").isEqualTo(events);
        assertThat(api.get("/api/v1/account", before).status()).isEqualTo(200);

        Reply changed = api.post("/api/v1/account/password", before, """
                {"currentPassword": "staff-password-1", "newPassword": "joko-new-password-2"}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.body()).doesNotContain("joko-new-password-2").doesNotContain("$2a$");

        String after = api.login(email, "joko-new-password-2");
        assertThat(api.get("/api/v1/account", after).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/account", before).status()).as("tokens of the old password end").isEqualTo(401);
        assertThat(login(email, "staff-password-1").status()).isEqualTo(401);
        // The audit log is a projection: its row comes a moment after the answer.
        Awaitility.await("the change's audit row, its hash redacted").until(() -> jdbc.queryForObject("""
                select count(*) from audit_logs where model_id = ? and action = 'change_password'
                and new_values ->> 'passwordHash' = '[redacted]'""", Long.class, Long.parseLong(id)) == 1);
    }

    @Test
    void anAdminResetsAForgottenPasswordButNotTheirOwn() {
        String admin = adminToken();
        String email = "kartika-" + Ids.next() + "@isp.id";
        String id = newStaff(admin, email);
        String before = api.login(email, "staff-password-1");

        Reply reset = api.post("/api/v1/users/" + id + "/password", admin, """
                {"newPassword": "kartika-reset-pass-3"}""");
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.header("ETag")).matches("\"\\d+\"");
        String after = api.login(email, "kartika-reset-pass-3");
        assertThat(api.get("/api/v1/account", after).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/account", before).status()).isEqualTo(401);
        assertThat(login(email, "staff-password-1").status()).isEqualTo(401);

        long events = eventsOf(id);
        Reply tooLong = api.post("/api/v1/users/" + id + "/password", admin,
                "{\"newPassword\": \"" + "x".repeat(73) + "\"}");
        assertThat(tooLong.status()).as("bcrypt reads 72 bytes at most").isEqualTo(422);
        assertThat(tooLong.isProblem()).isTrue();
        assertThat(api.post("/api/v1/users/" + id + "/password", admin, "{\"newPassword\": [\"x\"]}").status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/users/" + id + "/password", admin, "{}").status()).isEqualTo(400);
        assertThat(eventsOf(id)).isEqualTo(events);

        Reply own = api.post("/api/v1/users/" + subjectOf(admin) + "/password", admin, """
                {"newPassword": "admin-takes-over-1"}""");
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.json().get("detail").asText()).contains("your own password");
        assertThat(api.post("/api/v1/users/42/password", admin, "{\"newPassword\": \"nobody-password-1\"}")
                .status()).isEqualTo(404);
    }

    @Test
    void verifyingAnEmailSetsEmailVerifiedAtOnce() {
        String admin = adminToken();
        String email = "lina-" + Ids.next() + "@isp.id";
        String id = newStaff(admin, email);
        Reply unverified = api.awaitGet("/api/v1/users/" + id, admin, r -> r.status() == 200);
        assertThat(unverified.json().get("emailVerifiedAt").isNull()).isTrue();

        Reply verified = api.post("/api/v1/users/" + id + "/verify-email", admin, null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        Reply read = api.send("GET", "/api/v1/users/" + id, admin, null, "NetLedger-Await-Position",
                verified.header("NetLedger-Position"));
        String at = read.json().get("emailVerifiedAt").asText();
        assertThat(at).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(jdbc.queryForObject("""
                select abs(extract(epoch from u.email_verified_at - e.time_stamp::timestamptz)) < 0.001 from users u
                join domain_event_entry e on e.aggregate_identifier = u.id::text
                where u.id = ? and e.payload_type like '%UserEmailVerified'""", Boolean.class, Long.parseLong(id)))
                .as("the time of the event").isTrue();
        long events = eventsOf(id);

        Reply again = api.post("/api/v1/users/" + id + "/verify-email", admin, null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo(verified.header("ETag"));
        assertThat(eventsOf(id)).as("verifying twice records once").isEqualTo(events);
        assertThat(api.get("/api/v1/users/" + id, admin).json().get("emailVerifiedAt").asText()).isEqualTo(at);
        assertThat(api.post("/api/v1/users/42/verify-email", admin, null).status()).isEqualTo(404);
    }

    @Test
    void aCustomerChangesItsOwnPasswordOnly() {
        String admin = adminToken();
        String customerId = newCustomer(admin, "Pelanggan Sandi");
        String customer = customerLogin(admin, customerId);

        Reply changed = api.post("/api/v1/account/password", customer, """
                {"currentPassword": "portal-password-1", "newPassword": "portal-password-2"}""");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        String after = api.login("portal-" + customerId + "@pelanggan.id", "portal-password-2");
        assertThat(api.get("/api/v1/customers/" + customerId, after).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers/" + customerId, customer).status()).isEqualTo(401);
    }

    @Test
    void noPlaintextPasswordIsStoredShownOrLogged(CapturedOutput logs) {
        String admin = adminToken();
        String email = "maya-" + Ids.next() + "@isp.id";
        String id = newStaff(admin, email);
        String staff = api.login(email, "staff-password-1");
        String own = "Maya-Own-Secret-4417";
        String reset = "Maya-Reset-Secret-9023";
        Reply changed = api.post("/api/v1/account/password", staff, """
                {"currentPassword": "staff-password-1", "newPassword": "%s"}""".formatted(own));
        assertThat(changed.status()).isEqualTo(200);
        Reply wasReset = api.post("/api/v1/users/" + id + "/password", admin, """
                {"newPassword": "%s"}""".formatted(reset));
        assertThat(wasReset.status()).isEqualTo(200);
        api.login(email, reset);
        Awaitility.await().until(() -> jdbc.queryForObject(
                "select count(*) from audit_logs where model_id = ? and action = 'change_password'", Long.class,
                Long.parseLong(id)) == 2);

        for (String password : List.of(own, reset, "staff-password-1")) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from domain_event_entry
                    where position(convert_to(?, 'UTF8') in payload) > 0
                       or position(convert_to(?, 'UTF8') in meta_data) > 0""", Long.class, password, password))
                    .as("event store").isZero();
            List<String> tables = jdbc.queryForList("""
                    select table_name from information_schema.tables
                    where table_schema = 'public' and table_type = 'BASE TABLE'""", String.class);
            for (String table : tables) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " t where t::text like ?",
                        Long.class, "%" + password + "%")).as(table).isZero();
            }
            assertThat(logs.getAll()).doesNotContain(password);
        }
        assertThat(api.get("/api/v1/users/" + id, admin).body()).doesNotContainIgnoringCase("password");
    }

    private Reply login(String email, String password) {
        return api.post("/api/v1/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private long eventsOf(String userId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, userId);
    }

    private static String subjectOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]))
                .replaceAll(".*\"sub\":\"(\\d+)\".*", "$1");
    }
}
