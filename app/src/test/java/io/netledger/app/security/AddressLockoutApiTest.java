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
 * Guessing across many accounts from one address: past the address's limit every login from it is refused with
 * 429, even an admin's with the right password, until the lockout has run out.
 */
@TestPropertySource(properties = {"netledger.test.context=address-lockout", "netledger.logins.address-failures=4",
        "netledger.logins.window=3s", "netledger.logins.lockout=2s"})
class AddressLockoutApiTest extends ApiTest {

    @Test
    void failuresForManyAccountsLockTheAddressForAWhile() throws InterruptedException {
        assertThat(adminToken()).isNotBlank();
        // adminToken() retries until the users read model has the first admin; those refusals are done counting
        // once their window is over.
        Thread.sleep(3_100);
        for (int i = 0; i < 4; i++) {
            Reply refused = login("tidak-ada-" + Ids.next() + "@isp.id", "apa-saja");
            assertThat(refused.status()).as("failure %d: %s", i, refused.body()).isEqualTo(401);
        }
        Reply locked = login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertProblem(locked, 429, "too many failed logins from this address");
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 2L);

        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> login(ADMIN_EMAIL, ADMIN_PASSWORD).status() == 200);
    }

    private Reply login(String email, String password) {
        return api.post("/api/v1/auth/login", null, """
                {"email": "%s", "password": "%s"}""".formatted(email, password));
    }
}
