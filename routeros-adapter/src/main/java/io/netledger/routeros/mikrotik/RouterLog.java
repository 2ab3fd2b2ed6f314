package io.netledger.routeros.mikrotik;

import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterItemId;
import io.netledger.routeros.RouterLogEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The router's log: {@code /log}. */
final class RouterLog {

    private RouterLog() {
    }

    /**
     * Entries after {@code lastSeen}, compared here by the ids' numbers rather than by a
     * query, whose ordering of {@code .id} values the API manual does not define. The log
     * is a ring of a thousand lines or so, cheap to read whole.
     */
    static List<RouterLogEntry> since(RouterSession session, RouterItemId lastSeen) throws RouterFailure {
        List<RouterLogEntry> entries = new ArrayList<>();
        for (Map<String, String> row : new RouterMenu("/log").print(session, Map.of(),
                List.of(RouterMenu.ID, "time", "topics", "message"))) {
            entries.add(new RouterLogEntry(RouterMenu.id(row), row.get("time"), row.get("topics"), row.get("message")));
        }
        entries.sort(Comparator.comparing(RouterLogEntry::id));
        if (lastSeen == null || entries.isEmpty() || entries.get(entries.size() - 1).id().compareTo(lastSeen) < 0) {
            return entries; // nothing seen yet, or the router restarted and numbers its log anew
        }
        return entries.stream().filter(entry -> entry.id().compareTo(lastSeen) > 0).toList();
    }
}
