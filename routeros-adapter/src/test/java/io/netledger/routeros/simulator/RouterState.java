package io.netledger.routeros.simulator;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * What the router holds, menu by menu: the items of {@code /ppp/secret}, {@code /ppp/profile},
 * {@code /ppp/active}, {@code /ip/hotspot/user}, {@code /queue/simple},
 * {@code /ip/firewall/address-list}, {@code /system/resource} (one item), {@code /interface}
 * and {@code /log}. Tests read it and seed it here; API commands change it. Thread-safe:
 * every connection of the simulator shares it.
 *
 * <p>Items are maps of RouterOS attribute names to the text the router prints, each with its
 * {@code .id} ({@code *1A}: a star and upper-case hex, counting up per menu). Seeding takes
 * what it is given, with the menu's defaults filled in, and skips the checks an API command
 * meets (so a test can seed what the API would refuse).
 */
public final class RouterState {

    /** RouterOS keeps this many log lines in memory by default and drops the oldest. */
    private static final int LOG_LINES = 1000;

    private final RouterClock clock;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    /** Where else each log line goes as it is written: a remote logging action ({@link SyslogSender}). */
    private final List<java.util.function.BiConsumer<String, String>> logActions = new java.util.concurrent.CopyOnWriteArrayList<>();

    RouterState(RouterOsVersion version, Clock clock) {
        this.clock = new RouterClock(version, clock);
        for (Menu menu : Menus.ALL) {
            tables.put(menu.path(), new Table(menu));
        }
        DefaultConfiguration.seed(this, version);
    }

    /** The menu's items in id order, as copies. */
    public synchronized List<Map<String, String>> records(String menuPath) {
        return items(table(menuPath).menu);
    }

    /** The first item whose {@code attribute} has exactly {@code value}. */
    public synchronized Optional<Map<String, String>> find(String menuPath, String attribute, String value) {
        return items(table(menuPath).menu, item -> Objects.equals(item.get(attribute), value)).stream().findFirst();
    }

    /** Adds an item with the menu's defaults for what is not given, and answers its {@code .id}. */
    public synchronized String add(String menuPath, Map<String, String> attributes) {
        Table table = table(menuPath);
        if (table.menu.singleton()) {
            throw new IllegalArgumentException(menuPath + " holds a single item: set it instead");
        }
        return table.insert(table.next++, seedable(table.menu, attributes));
    }

    public synchronized void set(String menuPath, String id, Map<String, String> attributes) {
        Table table = table(menuPath);
        long number = existing(table, id);
        table.rows.put(number, table.menu.changed(table.rows.get(number), seedable(table.menu, attributes)));
    }

    public synchronized void remove(String menuPath, String id) {
        Table table = table(menuPath);
        table.rows.remove(existing(table, id));
    }

    /** Removes every item; ids keep counting up from where they were, as on the router. */
    public synchronized void clear(String menuPath) {
        table(menuPath).rows.clear();
    }

    /** Runs a check-then-change as one step, so two connections cannot both add the same name. */
    synchronized <T> T atomically(Change<T> change) throws RouterTrap {
        return change.apply();
    }

    synchronized List<Map<String, String>> items(Menu menu) {
        return items(menu, item -> true);
    }

    /**
     * Copies of the items {@code wanted} takes, in id order. Only those are copied: a print by name on a router
     * with thousands of secrets would otherwise copy all of them for every call.
     */
    synchronized List<Map<String, String>> items(Menu menu, Predicate<Map<String, String>> wanted) {
        Table table = tables.get(menu.path());
        if (menu == Menus.SYSTEM_RESOURCE) {
            table.rows.values().forEach(item -> item.put("uptime", clock.uptime()));
        }
        return table.rows.values().stream().filter(item -> wanted.test(Collections.unmodifiableMap(item)))
                .map(item -> Collections.unmodifiableMap(new LinkedHashMap<>(item))).toList();
    }

    /** Whether any item is one {@code wanted} takes; nothing is copied. */
    synchronized boolean anyItem(Menu menu, Predicate<Map<String, String>> wanted) {
        return tables.get(menu.path()).rows.values().stream().map(Collections::unmodifiableMap).anyMatch(wanted);
    }

    synchronized Optional<Map<String, String>> item(Menu menu, String id) {
        return number(id).map(n -> tables.get(menu.path()).rows.get(n)).map(LinkedHashMap::new);
    }

    /** Stores an item a command has already checked, answering its new id. */
    synchronized String insert(Menu menu, Map<String, String> attributes) {
        Table table = tables.get(menu.path());
        return table.insert(table.next++, attributes);
    }

    /** Seeds an item under a fixed id, as the factory configuration has ({@code *0} for the default profile). */
    synchronized void insertAt(Menu menu, long number, Map<String, String> attributes) {
        tables.get(menu.path()).insert(number, attributes);
    }

    synchronized void update(Menu menu, String id, Map<String, String> changes) {
        Table table = tables.get(menu.path());
        long number = number(id).orElseThrow();
        table.rows.put(number, menu.changed(table.rows.get(number), changes));
    }

    synchronized void unset(Menu menu, String id, List<String> attributes) {
        Table table = tables.get(menu.path());
        long number = number(id).orElseThrow();
        Map<String, String> item = new LinkedHashMap<>(table.rows.get(number));
        for (String attribute : attributes) {
            menu.defaultOf(attribute).ifPresentOrElse(value -> item.put(attribute, value), () -> item.remove(attribute));
        }
        table.rows.put(number, item);
    }

    synchronized void delete(Menu menu, String id) {
        tables.get(menu.path()).rows.remove(number(id).orElseThrow());
    }

    synchronized void log(String topics, String message) {
        Table log = tables.get(Menus.LOG.path());
        log.insert(log.next++, Map.of("topics", topics, "message", message));
        while (log.rows.size() > LOG_LINES) {
            log.rows.pollFirstEntry();
        }
        logActions.forEach(action -> action.accept(topics, message));
    }

    /** Sends every line logged from now on to {@code action} as well, with its topics and message. */
    void alsoLogTo(java.util.function.BiConsumer<String, String> action) {
        logActions.add(action);
    }

    /**
     * The log after a reboot: RouterOS keeps its memory log in RAM, so it starts empty and numbers its lines
     * from {@code *1} again.
     */
    synchronized void restartLog() {
        Table log = tables.get(Menus.LOG.path());
        log.rows.clear();
        log.next = 1;
    }

    RouterClock clock() {
        return clock;
    }

    static String id(long number) {
        return "*" + Long.toHexString(number).toUpperCase(Locale.ROOT);
    }

    /** The number behind an id such as {@code *1A} (the router takes {@code *1a} too). */
    static Optional<Long> number(String id) {
        if (id == null || id.length() < 2 || id.length() > 17 || id.charAt(0) != '*') {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseUnsignedLong(id.substring(1), 16));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Table table(String menuPath) {
        Table table = tables.get(menuPath);
        if (table == null) {
            throw new IllegalArgumentException("the simulator holds no menu " + menuPath + "; it holds " + tables.keySet());
        }
        return table;
    }

    private static long existing(Table table, String id) {
        return number(id).filter(table.rows::containsKey).orElseThrow(
                () -> new NoSuchElementException("no item " + id + " in " + table.menu.path()));
    }

    private static Map<String, String> seedable(Menu menu, Map<String, String> attributes) {
        try {
            return menu.normalized(attributes);
        } catch (RouterTrap e) {
            throw new IllegalArgumentException(menu.path() + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    interface Change<T> {
        T apply() throws RouterTrap;
    }

    private final class Table {
        private final Menu menu;
        private final TreeMap<Long, Map<String, String>> rows = new TreeMap<>(Long::compareUnsigned);
        private long next = 1;

        private Table(Menu menu) {
            this.menu = menu;
        }

        private String insert(long number, Map<String, String> attributes) {
            String id = id(number);
            rows.put(number, new LinkedHashMap<>(menu.newItem(id, attributes, number, clock)));
            return id;
        }
    }
}
