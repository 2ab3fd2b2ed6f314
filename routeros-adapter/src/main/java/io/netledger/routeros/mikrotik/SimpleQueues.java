package io.netledger.routeros.mikrotik;

import static io.netledger.routeros.mikrotik.RouterMenu.key;

import io.netledger.routeros.RateLimit;
import io.netledger.routeros.RouterFailure;
import java.util.List;

/** Per-customer speed limits by address: {@code /queue/simple}. */
final class SimpleQueues {

    private static final RouterMenu MENU = new RouterMenu("/queue/simple");

    private SimpleQueues() {
    }

    static void ensure(RouterSession session, String name, String targetAddress, RateLimit maxLimit)
            throws RouterFailure {
        MENU.ensure(session, key("name", name), List.of(
                Wanted.prefix("target", targetAddress),
                Wanted.rate("max-limit", maxLimit)));
    }

    static void remove(RouterSession session, String name) throws RouterFailure {
        MENU.removeAll(session, key("name", name));
    }
}
