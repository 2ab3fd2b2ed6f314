package io.netledger.routeros.mikrotik;

import static io.netledger.routeros.mikrotik.RouterMenu.key;

import io.netledger.routeros.PppProfileEntry;
import io.netledger.routeros.RateLimit;
import io.netledger.routeros.RouterFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The speed profiles PPP secrets refer to: {@code /ppp/profile}. */
final class PppProfiles {

    private static final RouterMenu MENU = new RouterMenu("/ppp/profile");

    private PppProfiles() {
    }

    static void ensure(RouterSession session, String name, RateLimit rateLimit) throws RouterFailure {
        MENU.ensure(session, key("name", name), List.of(Wanted.rate("rate-limit", rateLimit)));
    }

    static List<PppProfileEntry> all(RouterSession session) throws RouterFailure {
        List<PppProfileEntry> profiles = new ArrayList<>();
        for (Map<String, String> row : MENU.print(session, Map.of(), List.of(RouterMenu.ID, "name", "rate-limit"))) {
            profiles.add(new PppProfileEntry(RouterMenu.id(row), row.get("name"), row.get("rate-limit")));
        }
        return profiles;
    }
}
