package io.netledger.routeros.mikrotik;

import static io.netledger.routeros.mikrotik.RouterMenu.key;

import io.netledger.routeros.HotspotUser;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterItemId;
import java.util.List;

/** Hotspot vouchers and accounts: {@code /ip/hotspot/user}. */
final class HotspotUsers {

    private static final RouterMenu MENU = new RouterMenu("/ip/hotspot/user");

    private HotspotUsers() {
    }

    static RouterItemId ensure(RouterSession session, HotspotUser desired) throws RouterFailure {
        return MENU.ensure(session, key("name", desired.name()), List.of(
                Wanted.secret("password", desired.password()),
                Wanted.text("profile", desired.profile()),
                Wanted.duration("limit-uptime", desired.limitUptime()),
                Wanted.number("limit-bytes-total", desired.limitBytesTotal())));
    }

    static void remove(RouterSession session, String name) throws RouterFailure {
        MENU.removeAll(session, key("name", name));
    }
}
