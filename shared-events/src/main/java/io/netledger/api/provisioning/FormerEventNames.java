package io.netledger.api.provisioning;

import java.util.List;
import org.axonframework.serialization.upcasting.event.EventTypeUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;

/**
 * The router-work events lived in {@code io.netledger.api.subscription} until they got this folder of their
 * own, and the event store keeps every event under the class name it was written with. This reads the old
 * names as the new ones: same payload, same revision (none), so no stored row is rewritten. Commands and
 * queries moved too, but they are never stored.
 */
public final class FormerEventNames {

    static final String FORMER_PACKAGE = "io.netledger.api.subscription.";
    static final List<Class<?>> MOVED = List.of(RouterWorkStarted.class, RouterWorkRetrying.class,
            RouterWorkFailed.class, RouterWorkCompleted.class, RouterWorkRetryRequested.class,
            RouterRepairRequested.class, SubscriptionRouterSynced.class);

    private FormerEventNames() {
    }

    /** One upcaster for the event store's chain, renaming each moved event's stored type. */
    public static EventUpcaster upcaster() {
        return new EventUpcasterChain(MOVED.stream()
                .map(moved -> EventTypeUpcaster.from(FORMER_PACKAGE + moved.getSimpleName(), null)
                        .to(moved.getName(), null))
                .toList());
    }
}
