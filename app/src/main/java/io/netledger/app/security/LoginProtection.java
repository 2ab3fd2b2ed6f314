package io.netledger.app.security;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.netledger.command.personal.DataKeys;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where failed logins are counted: Redis when {@code netledger.redis.url} (NETLEDGER_REDIS_URL) is set, this
 * node's memory otherwise (docs/operations.md says what a cluster needs Redis for).
 */
@Configuration(proxyBeanMethods = false)
class LoginProtection {

    private static final String REDIS_SET = "!'${netledger.redis.url:}'.isBlank()";

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnExpression(REDIS_SET)
    RedisClient redisClient(@Value("${netledger.redis.url}") String url) {
        RedisURI uri = RedisURI.create(url);
        // A login waits on Redis: better a quick 503 than a request hanging on a lost server.
        uri.setTimeout(Duration.ofSeconds(2));
        return RedisClient.create(uri);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(REDIS_SET)
    StatefulRedisConnection<String, String> redisConnection(RedisClient client) {
        return client.connect();
    }

    /** /actuator/health's {@code redis}, when there is one: logins wait on it. */
    @Bean("redis")
    @ConditionalOnExpression(REDIS_SET)
    HealthIndicator redisHealth(StatefulRedisConnection<String, String> connection) {
        return () -> {
            try {
                return Health.up().withDetail("ping", connection.sync().ping()).build();
            } catch (RuntimeException e) {
                return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
            }
        };
    }

    @Bean
    LoginAttempts loginAttempts(ObjectProvider<StatefulRedisConnection<String, String>> redis,
            @Value("${netledger.redis.key-prefix:netledger:}") String prefix) {
        StatefulRedisConnection<String, String> connection = redis.getIfAvailable();
        return connection != null ? new AttemptsInRedis(connection.sync(), prefix)
                : new AttemptsInMemory(Clock.systemUTC());
    }

    @Bean
    LoginThrottle loginThrottle(LoginAttempts attempts, DataKeys keys,
            @Value("${netledger.logins.account-failures:5}") int accountFailures,
            @Value("${netledger.logins.address-failures:50}") int addressFailures,
            @Value("${netledger.logins.window:15m}") Duration window,
            @Value("${netledger.logins.lockout:15m}") Duration lockout) {
        return new LoginThrottle(attempts, new LoginThrottle.Limits(accountFailures, addressFailures, window, lockout),
                keys);
    }
}
