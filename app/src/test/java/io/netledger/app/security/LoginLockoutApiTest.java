package io.netledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Guessing passwords is slowed down: an account locks after a few failed logins, answered 429 with Retry-After
 * and refused before its password is compared; a good password ends the account's run of failures. Counted in
 * this node's memory here, in Redis in {@link LoginLockoutInRedisApiTest}; the address's own limit in
 * {@link AddressLockoutApiTest}. A context of its own, so that its failures lock no other test out.
 */
@TestPropertySource(properties = {"netledger.test.context=login-lockout", "netledger.logins.account-failures=3",
        "netledger.logins.lockout=2s"})
class LoginLockoutApiTest extends ApiTest {


    private static final String PASSWORD = "teknisi-password-1";

    @Test
    void failedLoginsLockTheAccountForAWhileAndAGoodPasswordEndsTheirRun() {
        String admin = firstAdmin();
        String rina = newAccount(admin);
        String budi = newAccount(admin);

        assertProblem(login(rina, "salah-1"), 401, "");
        assertProblem(login(rina, "salah-2"), 401, "");
        assertProblem(login(rina, "salah-3"), 401, "");
        Reply locked = login(rina, PASSWORD);
        assertProblem(locked, 429, "too many failed logins for this account");
        long retryAfter = Long.parseLong(locked.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 2L);
        assertThat(locked.json().get("retryAfterSeconds").asLong()).isEqualTo(retryAfter);
        assertThat(login(budi, PASSWORD).status()).as("another account from the same address").isEqualTo(200);

        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> login(rina, PASSWORD).status() == 200);

        // A good password ends the run: two failures, a success, two failures more are not three in a row.
        assertProblem(login(rina, "salah-4"), 401, "");
        assertProblem(login(rina, "salah-5"), 401, "");
        assertThat(login(rina, PASSWORD).status()).isEqualTo(200);
        assertProblem(login(rina, "salah-6"), 401, "");
        assertProblem(login(rina, "salah-7"), 401, "");
        assertThat(login(rina, PASSWORD).status()).as("not locked: the count began again").isEqualTo(200);
    }

    @Test
    void badInputIsNoFailedLogin() {
        String admin = firstAdmin();
        String email = newAccount(admin);
        for (int i = 0; i < 5; i++) {
            assertProblem(api.post("/api/v1/auth/login", null, "{\"email\": \"" + email + "\"}"), 400, "");
        }
        Reply after = login(email, PASSWORD);
        assertThat(after.status()).as(after.body()).isEqualTo(200);
    }

    /** Before the users read model has the first admin his logins are refused, and may lock him for a while. */
    private String firstAdmin() {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> login(ADMIN_EMAIL, ADMIN_PASSWORD).status() == 200);
        return adminToken();
    }

    private String newAccount(String admin) {
        String email = "teknisi-" + Ids.next() + "@isp.id";
        Reply created = api.post("/api/v1/users", admin, """
                {"name": "Teknisi", "email": "%s", "password": "%s", "role": "staff"}""".formatted(email, PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        // Logins read the users read model: a first try before it has the account would count as a failure.
        readAfter("/api/v1/users/" + created.json().get("id").asText(), admin, created);
        return email;
    }

    private Reply login(String email, String password) {
        return api.post("/api/v1/auth/login", null, """
                {"email": "%s", "password": "%s"}""".formatted(email, password));
    }
}
