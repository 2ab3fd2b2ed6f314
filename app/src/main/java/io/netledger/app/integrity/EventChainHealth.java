package io.netledger.app.integrity;

import io.netledger.query.integrity.IntegrityChecks;
import io.netledger.query.integrity.Verdict;
import java.util.Optional;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * /actuator/health's {@code eventChain}: DOWN once the latest integrity check found the chain broken, until a
 * later one finds it intact. Not part of readiness: a tampered history is for people to look into, and
 * taking the node out of traffic would hide nothing and mend nothing.
 */
@Component("eventChain")
class EventChainHealth implements HealthIndicator {

    private final IntegrityChecks checks;

    EventChainHealth(IntegrityChecks checks) {
        this.checks = checks;
    }

    @Override
    public Health health() {
        Optional<Verdict> last = checks.lastVerdict();
        Health.Builder health = last.isPresent() && !last.get().intact() ? Health.down() : Health.up();
        health.withDetail("chainLag", checks.chainLag());
        last.ifPresentOrElse(verdict -> {
            health.withDetail("lastCheck", verdict.intact() ? "intact" : "broken");
            health.withDetail("checkedUpTo", verdict.checkedUpTo());
            if (!verdict.intact()) {
                health.withDetail("firstBrokenPosition", verdict.brokenAt());
                health.withDetail("how", verdict.broken().wireName());
            }
        }, () -> health.withDetail("lastCheck", "none yet"));
        return health.build();
    }
}
