package io.netledger.app.security;

import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Login attempts in Redis, shared by every node: a counter per key that expires with its window, and a
 * lock key that expires with the lockout. The count and the lock move in one script, so two nodes
 * counting at once never lose a failure.
 */
final class AttemptsInRedis implements LoginAttempts {

    private static final String FAIL = """
            local failures = redis.call('INCR', KEYS[1])
            if failures == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            if failures >= tonumber(ARGV[2]) then
              redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
              redis.call('DEL', KEYS[1])
            end
            return failures""";

    private final RedisCommands<String, String> redis;
    private final String prefix;
    private final String failScript;

    AttemptsInRedis(RedisCommands<String, String> redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
        this.failScript = redis.scriptLoad(FAIL);
    }

    @Override
    public Duration lockedFor(String key) {
        Long millis = reach(() -> redis.pttl(lockKey(key)));
        return millis == null || millis <= 0 ? Duration.ZERO : Duration.ofMillis(millis);
    }

    @Override
    public void failed(String key, int limit, Duration window, Duration lockout) {
        reach(() -> redis.evalsha(failScript, ScriptOutputType.INTEGER, new String[] {countKey(key), lockKey(key)},
                String.valueOf(window.toMillis()), String.valueOf(limit), String.valueOf(lockout.toMillis())));
    }

    @Override
    public void cleared(String key) {
        reach(() -> redis.del(countKey(key)));
    }

    /** Without Redis no lockout can be checked: the login answers 503 rather than let guesses through uncounted. */
    private static <T> T reach(Supplier<T> call) {
        try {
            return call.get();
        } catch (RedisException e) {
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE,
                    ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                            "logins are counted in Redis, which does not answer; try again shortly"), e);
        }
    }

    private String countKey(String key) {
        return prefix + "login-failures:" + key;
    }

    private String lockKey(String key) {
        return prefix + "login-lockout:" + key;
    }
}
