package io.netledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import java.time.Duration;
import org.awaitility.Awaitility;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The same lockouts counted in the machine's Redis (NETLEDGER_TEST_REDIS_URL; CI starts it), as every node of
 * a cluster would share them; and what Redis holds names no email.
 */
@EnabledIfEnvironmentVariable(named = "NETLEDGER_TEST_REDIS_URL", matches = ".+")
@TestPropertySource(properties = "netledger.test.context=login-lockout-redis")
class LoginLockoutInRedisApiTest extends LoginLockoutApiTest {

    private static final String PREFIX = "netledger-test-" + Ids.next() + ":";

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("netledger.redis.url", () -> System.getenv("NETLEDGER_TEST_REDIS_URL"));
        registry.add("netledger.redis.key-prefix", () -> PREFIX);
    }

    @Test
    void aLockoutIsInRedisForEveryNodeToSee() {
        String admin = adminToken();
        assertThat(admin).isNotBlank();
        String email = "tamu-" + Ids.next() + "@isp.id";
        for (int i = 0; i < 3; i++) {
            assertProblem(api.post("/api/v1/auth/login", null, """
                    {"email": "%s", "password": "salah"}""".formatted(email)), 401, "");
        }
        RedisClient client = RedisClient.create(System.getenv("NETLEDGER_TEST_REDIS_URL"));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            List<String> locks = connection.sync().keys(PREFIX + "login-lockout:account:*");
            assertThat(locks).hasSize(1);
            assertThat(connection.sync().pttl(locks.get(0))).isBetween(1L, 2_000L);
        } finally {
            client.shutdown();
        }
    }

    @Test
    void whileRedisDoesNotAnswerLoginsAre503NotGuessesUncounted() {
        String admin = adminToken();
        assertThat(admin).isNotBlank();
        RedisClient client = RedisClient.create(System.getenv("NETLEDGER_TEST_REDIS_URL"));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            // Every client's commands wait for 4 s: longer than NetLedger waits for an answer.
            connection.sync().clientPause(4_000);
            Reply refused = api.post("/api/v1/auth/login", null, """
                    {"email": "%s", "password": "%s"}""".formatted(ADMIN_EMAIL, ADMIN_PASSWORD));
            assertProblem(refused, 503, "redis");
        } finally {
            client.shutdown();
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.post("/api/v1/auth/login", null, """
                        {"email": "%s", "password": "%s"}""".formatted(ADMIN_EMAIL, ADMIN_PASSWORD)).status() == 200);
    }

    @AfterEach
    void keysNameNoEmail() {
        RedisClient client = RedisClient.create(System.getenv("NETLEDGER_TEST_REDIS_URL"));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            List<String> keys = connection.sync().keys(PREFIX + "*");
            assertThat(keys).noneMatch(key -> key.contains("@") || key.contains("isp.id"));
            if (!keys.isEmpty()) {
                connection.sync().del(keys.toArray(String[]::new));
            }
        } finally {
            client.shutdown();
        }
    }
}
