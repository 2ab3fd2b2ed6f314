package io.netledger.app.user;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Profiles over HTTP: every login keeps its own, administrators keep anyone's. */
class ProfileApiTest extends ApiTest {

    private static final String BEKASI = """
            {"address": "Jl. Merdeka 1", "city": "Bekasi", "province": "Jawa Barat", "postalCode": "17111",
             "country": "Indonesia", "birthDate": "1990-05-17", "gender": "female",
             "photo": "https://cdn.isp.id/dewi.png", "bio": "Teknisi lapangan"}""";

    @Autowired
    private JdbcTemplate jdbc;

    private String newStaff(String admin, String email) {
        Reply created = api.post("/api/v1/users", admin, """
                {"name": "Dewi", "email": "%s", "password": "staff-password-1", "role": "staff"}""".formatted(email));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private long eventsOf(String userId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, userId);
    }

    @Test
    void aUserFillsInTheirProfileAndReadsItBackWithItsETag() {
        String admin = adminToken();
        String email = "dewi-" + Ids.next() + "@isp.id";
        String id = newStaff(admin, email);
        String staff = api.login(email, "staff-password-1");

        Reply empty = api.get("/api/v1/account/profile", staff);
        assertThat(empty.status()).as(empty.body()).isEqualTo(200);
        assertThat(empty.json().get("userId").asText()).isEqualTo(id);
        assertThat(empty.json().get("city").isNull()).isTrue();
        assertThat(empty.header("ETag")).as("an empty profile is as of the registration").isEqualTo("\"0\"");

        Reply updated = api.put("/api/v1/account/profile", staff, BEKASI, empty.header("ETag"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("id").asText()).isEqualTo(id);
        String etag = updated.header("ETag");
        assertThat(etag).matches("\"\\d+\"");

        Reply read = readAfter("/api/v1/account/profile", staff, updated);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo(etag);
        JsonNode profile = read.json();
        assertThat(profile.get("id").asText()).isEqualTo(id);
        assertThat(profile.get("address").asText()).isEqualTo("Jl. Merdeka 1");
        assertThat(profile.get("city").asText()).isEqualTo("Bekasi");
        assertThat(profile.get("province").asText()).isEqualTo("Jawa Barat");
        assertThat(profile.get("postalCode").asText()).isEqualTo("17111");
        assertThat(profile.get("country").asText()).isEqualTo("Indonesia");
        assertThat(profile.get("birthDate").asText()).isEqualTo("1990-05-17");
        assertThat(profile.get("gender").asText()).isEqualTo("female");
        assertThat(profile.get("photo").asText()).isEqualTo("https://cdn.isp.id/dewi.png");
        assertThat(profile.get("bio").asText()).isEqualTo("Teknisi lapangan");
        assertThat(profile.get("createdAt").asText()).isNotBlank();
        assertThat(profile.has("aggregateVersion")).isFalse();

        JsonNode account = api.get("/api/v1/account", staff).json();
        assertThat(account.get("id").asText()).isEqualTo(id);
        assertThat(account.get("email").asText()).isEqualTo(email);
        assertThat(account.get("role").asText()).isEqualTo("staff");
        assertThat(account.get("profile").get("city").asText()).isEqualTo("Bekasi");
        assertThat(account.toString()).doesNotContainIgnoringCase("password").doesNotContain("$2a$");

        Reply asAdmin = api.get("/api/v1/users/" + id + "/profile", admin);
        assertThat(asAdmin.json()).isEqualTo(profile);
        assertThat(asAdmin.header("ETag")).isEqualTo(etag);
        assertThat(jdbc.queryForObject("select user_id from profiles where id = ?", Long.class, Long.parseLong(id)))
                .isEqualTo(Long.parseLong(id));
    }

    @Test
    void aStaleIfMatchIsRefusedButALoginInBetweenIsNoConflict() {
        String admin = adminToken();
        String email = "eko-" + Ids.next() + "@isp.id";
        String id = newStaff(admin, email);
        String staff = api.login(email, "staff-password-1");
        String first = api.put("/api/v1/account/profile", staff, BEKASI, null).header("ETag");

        api.login(email, "staff-password-1");
        Reply moved = api.put("/api/v1/account/profile", staff, """
                {"city": "Depok", "country": "Indonesia"}""", first);
        assertThat(moved.status()).as("a login since the read is no change to the profile").isEqualTo(200);
        long events = eventsOf(id);

        Reply stale = api.put("/api/v1/account/profile", staff, BEKASI, first);
        assertThat(stale.status()).as(stale.body()).isEqualTo(412);
        assertThat(stale.isProblem()).isTrue();
        assertThat(eventsOf(id)).isEqualTo(events);
        Reply read = readAfter("/api/v1/account/profile", staff, moved);
        assertThat(read.json().get("city").asText()).isEqualTo("Depok");
        assertThat(read.json().get("address").isNull()).as("PUT replaces the whole profile").isTrue();

        Reply unchanged = api.put("/api/v1/account/profile", staff, """
                {"city": " Depok ", "country": "Indonesia", "bio": "  "}""", read.header("ETag"));
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(eventsOf(id)).as("nothing changed, nothing recorded").isEqualTo(events);
    }

    @Test
    void badProfileInputIsAProblemAndChangesNothing() {
        String admin = adminToken();
        String email = "fajar-" + Ids.next() + "@isp.id";
        String id = newStaff(admin, email);
        String staff = api.login(email, "staff-password-1");
        long events = eventsOf(id);
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1).toString();

        assertProblem(api.put("/api/v1/account/profile", staff, "{\"city\": \"Bekasi\"", null), 400);
        assertProblem(api.put("/api/v1/account/profile", staff, "{\"city\": [\"Bekasi\"]}", null), 400);
        assertProblem(api.put("/api/v1/account/profile", staff, "{\"birthDate\": \"17-05-1990\"}", null), 400);
        assertProblem(api.put("/api/v1/account/profile", staff, "{\"birthDate\": true}", null), 400);
        assertProblem(api.put("/api/v1/account/profile", staff,
                "{\"address\": \"" + "a".repeat(501) + "\"}", null), 400);
        assertProblem(api.put("/api/v1/account/profile", staff,
                "{\"postalCode\": \"" + "1".repeat(17) + "\"}", null), 400);
        assertProblem(api.put("/api/v1/account/profile", staff, "{\"birthDate\": \"" + tomorrow + "\"}", null),
                422);
        assertProblem(api.put("/api/v1/account/profile", staff, "{\"birthDate\": \"1899-12-31\"}", null), 422);
        assertProblem(api.put("/api/v1/account/profile", staff, "{\"gender\": \"robot\"}", null), 422);
        assertProblem(api.put("/api/v1/account/profile", staff, "{\"photo\": \"ftp://cdn.isp.id/p.png\"}", null),
                422);
        assertProblem(api.put("/api/v1/account/profile", staff, BEKASI, "not-an-etag"), 400);
        assertProblem(api.send("PUT", "/api/v1/account/profile", staff, null), 400);
        assertProblem(api.put("/api/v1/users/" + id + "/profile", admin, "{\"gender\": 42}", null), 400);
        assertThat(eventsOf(id)).isEqualTo(events);
        assertProblem(api.put("/api/v1/users/42/profile", admin, BEKASI, null), 404);
        assertProblem(api.get("/api/v1/users/42/profile", admin), 404);
    }

    @Test
    void anAdministratorKeepsAnyonesProfile() {
        String admin = adminToken();
        String email = "gita-" + Ids.next() + "@isp.id";
        String id = newStaff(admin, email);

        Reply updated = api.put("/api/v1/users/" + id + "/profile", admin, BEKASI, "\"0\"");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        Reply read = readAfter("/api/v1/users/" + id + "/profile", admin, updated);
        assertThat(read.json().get("city").asText()).isEqualTo("Bekasi");
        assertThat(read.header("ETag")).isEqualTo(updated.header("ETag"));
        String staff = api.login(email, "staff-password-1");
        assertThat(api.get("/api/v1/account/profile", staff).json()).isEqualTo(read.json());
    }

    @Test
    void aCustomerKeepsOnlyItsOwnProfile() {
        String admin = adminToken();
        String customer = customerLogin(admin, newCustomer(admin, "Pelanggan Profil"));
        String otherEmail = "hadi-" + Ids.next() + "@isp.id";
        String other = newStaff(admin, otherEmail);

        Reply account = api.get("/api/v1/account", customer);
        assertThat(account.status()).as(account.body()).isEqualTo(200);
        assertThat(account.json().get("role").asText()).isEqualTo("customer");
        String own = account.json().get("id").asText();
        Reply updated = api.put("/api/v1/account/profile", customer, BEKASI, null);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("id").asText()).isEqualTo(own);
        assertThat(readAfter("/api/v1/account/profile", customer, updated).json().get("city").asText())
                .isEqualTo("Bekasi");

        for (String user : new String[] {other, own}) {
            assertProblem(api.get("/api/v1/users/" + user + "/profile", customer), 403);
            assertProblem(api.put("/api/v1/users/" + user + "/profile", customer, BEKASI, null), 403);
        }
        assertThat(api.get("/api/v1/users/" + other + "/profile", admin).json().get("city").isNull()).isTrue();
    }

    @Test
    void staffAndCustomersMayNotUseTheAdministratorsEndpoints() {
        String admin = adminToken();
        String email = "indah-" + Ids.next() + "@isp.id";
        String id = newStaff(admin, email);
        String staff = api.login(email, "staff-password-1");
        String customer = customerLogin(admin, newCustomer(admin, "Pelanggan Biasa"));
        long events = eventsOf(id);

        for (String token : new String[] {staff, customer}) {
            assertProblem(api.get("/api/v1/users/" + id + "/profile", token), 403);
            assertProblem(api.put("/api/v1/users/" + id + "/profile", token, BEKASI, null), 403);
            assertProblem(api.post("/api/v1/users/" + id + "/password", token,
                    "{\"newPassword\": \"taken-over-password\"}"), 403);
            assertProblem(api.post("/api/v1/users/" + id + "/verify-email", token, null), 403);
        }
        assertProblem(api.get("/api/v1/account", null), 401);
        assertProblem(api.put("/api/v1/account/profile", null, BEKASI, null), 401);
        assertThat(eventsOf(id)).isEqualTo(events);
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.isProblem()).as(reply.body()).isTrue();
    }
}
