package io.netledger.saga.provisioning;

import io.netledger.api.subscription.SubscriptionStatus;
import java.util.Optional;

/** What the router holds for a subscription, as far as its saga knows. */
enum OnRouter {
    NOTHING, ENABLED, DISABLED, REMOVED;

    /** What the router should hold for a subscription on the router, or empty for one that should not be. */
    static Optional<OnRouter> asBooksSay(SubscriptionStatus status) {
        return switch (status) {
            case ACTIVE -> Optional.of(ENABLED);
            case SUSPENDED, EXPIRED -> Optional.of(DISABLED);
            default -> Optional.empty();
        };
    }
}
