package io.netledger.routeros.mikrotik;

import static io.netledger.routeros.mikrotik.RouterMenu.key;

import io.netledger.routeros.PppSession;
import io.netledger.routeros.RouterFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Live PPP connections: {@code /ppp/active}. */
final class PppSessions {

    private static final RouterMenu MENU = new RouterMenu("/ppp/active");

    private PppSessions() {
    }

    static List<PppSession> active(RouterSession session) throws RouterFailure {
        List<PppSession> sessions = new ArrayList<>();
        for (Map<String, String> row : MENU.print(session, Map.of(),
                List.of(RouterMenu.ID, "name", "service", "address", "caller-id", "uptime"))) {
            sessions.add(new PppSession(RouterMenu.id(row), row.get("name"), row.get("service"),
                    RouterValues.absentIfBlank(row.get("address")), RouterValues.absentIfBlank(row.get("caller-id")),
                    RouterValues.duration(row.get("uptime"))));
        }
        return sessions;
    }

    /** Ends every session of {@code username}; the user's next login gets the secret's current settings. */
    static int kick(RouterSession session, String username) throws RouterFailure {
        return MENU.removeAll(session, key("name", username));
    }
}
