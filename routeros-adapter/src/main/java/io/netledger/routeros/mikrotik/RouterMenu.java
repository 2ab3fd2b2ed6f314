package io.netledger.routeros.mikrotik;

import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterItemId;
import io.netledger.routeros.RouterRejected;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One menu of the router ({@code /ppp/secret}, {@code /queue/simple}, ...) and the moves
 * every idempotent call is made of: find the item by its key, add it with everything
 * wanted or set only what differs, remove whatever matches.
 */
final class RouterMenu {

    static final String ID = ".id";

    private final String path;

    RouterMenu(String path) {
        this.path = path;
    }

    /** A key or query: attribute names and values, in order. */
    static Map<String, String> key(String... namesAndValues) {
        Map<String, String> key = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            key.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return key;
    }

    List<Map<String, String>> print(RouterSession session, Map<String, String> where, Iterable<String> returning)
            throws RouterFailure {
        RouterCommand print = RouterCommand.to(path + "/print").returning(returning);
        where.forEach(print::where);
        return session.rows(print);
    }

    Optional<Map<String, String>> find(RouterSession session, Map<String, String> key, List<Wanted> wanted)
            throws RouterFailure {
        Set<String> returning = new LinkedHashSet<>(List.of(ID));
        returning.addAll(key.keySet());
        wanted.forEach(attribute -> returning.add(attribute.name()));
        return print(session, key, returning).stream().findFirst();
    }

    /**
     * Makes the item with {@code key} have the {@code wanted} attributes.
     *
     * @return its id, the same on every repeat
     */
    RouterItemId ensure(RouterSession session, Map<String, String> key, List<Wanted> wanted) throws RouterFailure {
        Optional<Map<String, String>> found = find(session, key, wanted);
        if (found.isEmpty()) {
            RouterCommand add = RouterCommand.to(path + "/add");
            key.forEach(add::with);
            wanted.stream().filter(attribute -> !attribute.absent()).forEach(attribute -> attribute.writeTo(add));
            try {
                return session.added(add);
            } catch (RouterRejected refused) {
                // Added meanwhile by another caller, or added without telling us the id: converge on it.
                found = find(session, key, wanted);
                if (found.isEmpty()) {
                    throw refused;
                }
            }
        }
        converge(session, found.get(), wanted);
        return id(found.get());
    }

    /** Sets what differs from {@code wanted} on the item printed as {@code row}, and unsets what should not be set. */
    void converge(RouterSession session, Map<String, String> row, List<Wanted> wanted) throws RouterFailure {
        RouterItemId id = id(row);
        RouterCommand set = RouterCommand.to(path + "/set").with(ID, id.value());
        boolean differs = false;
        List<String> unset = new ArrayList<>();
        for (Wanted attribute : wanted) {
            if (attribute.heldBy(row.get(attribute.name()), session.passwords())) {
                continue;
            }
            if (attribute.absent() && attribute.clearedByUnset()) {
                unset.add(attribute.name());
            } else if (attribute.absent()) {
                set.with(attribute.name(), "");
                differs = true;
            } else {
                attribute.writeTo(set);
                differs = true;
            }
        }
        if (differs) {
            session.run(set);
        }
        for (String name : unset) {
            session.run(RouterCommand.to(path + "/unset").with("numbers", id.value()).with("value-name", name));
        }
    }

    /**
     * Removes every item matching {@code where}; one that vanished between print and
     * remove counts as removed by someone else.
     *
     * @return how many this call removed
     */
    int removeAll(RouterSession session, Map<String, String> where) throws RouterFailure {
        int removed = 0;
        for (Map<String, String> row : print(session, where, List.of(ID))) {
            try {
                session.run(RouterCommand.to(path + "/remove").with(ID, id(row).value()));
                removed++;
            } catch (RouterRejected refused) {
                if (!RouterSession.noSuchItem(refused)) {
                    throw refused;
                }
            }
        }
        return removed;
    }

    static RouterItemId id(Map<String, String> row) throws RouterRejected {
        String id = row.get(ID);
        if (id == null) {
            throw new RouterRejected("the router printed an item without its .id: " + row.keySet());
        }
        return new RouterItemId(id);
    }
}
