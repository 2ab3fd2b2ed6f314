package io.netledger.app.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.util.Base64;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** User administration, and tokens that stop working the moment their account changes. */
class UserApiTest extends ApiTest {

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
}
