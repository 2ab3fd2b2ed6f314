package io.netledger.routeros.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The menus the simulator holds, with RouterOS's own attribute names, defaults and rules. */
final class Menus {

    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final String IPV4 = OCTET + "(\\." + OCTET + "){3}";
    private static final Pattern ADDRESS = Pattern.compile(IPV4);
    private static final Pattern PREFIX = Pattern.compile(IPV4 + "(/(3[0-2]|[12]?\\d))?");
    private static final Pattern RANGE = Pattern.compile(IPV4 + "-" + IPV4);
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9.-]*");
    private static final String RATE = "\\d+(\\.\\d+)?[kKMG]?";
    private static final String RATES = RATE + "(/" + RATE + ")?";
    private static final String TIMES = "\\d+s?(/\\d+s?)?";
    /** rx/tx [burst-rx/tx [threshold-rx/tx [burst-time-rx/tx [priority [min-rx/tx]]]]] */
    private static final Pattern RATE_LIMIT = Pattern.compile(
            RATES + "( " + RATES + "( " + RATES + "( " + TIMES + "( [1-8]( " + RATES + ")?)?)?)?)?");
    private static final Pattern RATE_PAIR = Pattern.compile(RATES);
    private static final Pattern DURATION = Pattern.compile(
            "\\d+|(?=\\d)(\\d+w)?(\\d+d)?(\\d+h)?(\\d+m)?(\\d+s)?|(\\d+d)?\\d{1,2}:\\d{2}:\\d{2}");
    private static final Pattern COUNT = Pattern.compile("\\d+");
    private static final Set<String> PPP_SERVICES = Set.of("any", "async", "l2tp", "ovpn", "pppoe", "pptp", "sstp");

    static final Menu PPP_SECRET = Menu.at("/ppp/secret")
            .fields("name", "service", "caller-id", "password", "profile", "local-address", "remote-address",
                    "routes", "ipv6-routes", "remote-ipv6-prefix", "limit-bytes-in", "limit-bytes-out", "comment",
                    "disabled")
            .writable("name", "service", "caller-id", "password", "profile", "local-address", "remote-address",
                    "routes", "ipv6-routes", "remote-ipv6-prefix", "limit-bytes-in", "limit-bytes-out", "comment",
                    "disabled")
            .defaults("service", "any", "caller-id", "", "password", "", "profile", "default", "routes", "",
                    "ipv6-routes", "", "limit-bytes-in", "0", "limit-bytes-out", "0", "disabled", "false")
            .booleans("disabled")
            .required("name")
            .unique("failure: secret with the same name already exists", "name")
            .rules((changes, state) -> {
                check(changes, "service", PPP_SERVICES::contains);
                check(changes, "local-address", Menus::isAddress);
                check(changes, "remote-address", Menus::isAddress);
                check(changes, "limit-bytes-in", Menus::isCount);
                check(changes, "limit-bytes-out", Menus::isCount);
                String profile = changes.get("profile");
                if (profile != null && state.find("/ppp/profile", "name", profile).isEmpty()) {
                    throw new RouterTrap("input does not match any value of profile", RouterTrap.ARGUMENT_VALUE_FAILURE);
                }
                return changes;
            })
            .build();

    static final Menu PPP_PROFILE = Menu.at("/ppp/profile")
            .verbs("print", "getall", "add", "set", "unset", "remove")
            .fields("name", "local-address", "remote-address", "bridge-learning", "use-ipv6", "use-mpls",
                    "use-compression", "use-encryption", "only-one", "change-tcp-mss", "use-upnp", "address-list",
                    "dns-server", "rate-limit", "parent-queue", "queue-type", "insert-queue-before",
                    "session-timeout", "idle-timeout", "incoming-filter", "outgoing-filter", "on-up", "on-down",
                    "comment")
            .writable("name", "local-address", "remote-address", "bridge-learning", "use-ipv6", "use-mpls",
                    "use-compression", "use-encryption", "only-one", "change-tcp-mss", "use-upnp", "address-list",
                    "dns-server", "rate-limit", "parent-queue", "queue-type", "insert-queue-before",
                    "session-timeout", "idle-timeout", "incoming-filter", "outgoing-filter", "on-up", "on-down",
                    "comment")
            .defaults("bridge-learning", "default", "use-ipv6", "yes", "use-mpls", "default", "use-compression",
                    "default", "use-encryption", "default", "only-one", "default", "change-tcp-mss", "yes",
                    "use-upnp", "default", "address-list", "", "on-up", "", "on-down", "")
            .required("name")
            .unique("failure: profile with the same name already exists", "name")
            .rules((changes, state) -> {
                check(changes, "rate-limit", value -> value.isEmpty() || RATE_LIMIT.matcher(value).matches());
                check(changes, "session-timeout", Menus::isDuration);
                check(changes, "idle-timeout", Menus::isDuration);
                return changes;
            })
            .build();

    static final Menu PPP_ACTIVE = Menu.at("/ppp/active")
            .verbs("print", "getall", "remove")
            .fields("name", "service", "caller-id", "encoding", "address", "uptime", "session-id",
                    "limit-bytes-in", "limit-bytes-out", "radius", "comment")
            .defaults("service", "pppoe", "caller-id", "", "encoding", "", "address", "", "uptime", "0s",
                    "limit-bytes-in", "0", "limit-bytes-out", "0", "radius", "false")
            .booleans("radius")
            .completion((values, number, clock) -> values.putIfAbsent("session-id", "0x%08X".formatted(0x81A00000L + number)))
            .build();

    static final Menu HOTSPOT_USER = Menu.at("/ip/hotspot/user")
            .fields("server", "name", "password", "profile", "address", "mac-address", "email", "routes",
                    "limit-uptime", "limit-bytes-in", "limit-bytes-out", "limit-bytes-total", "uptime", "bytes-in",
                    "bytes-out", "packets-in", "packets-out", "dynamic", "comment", "disabled")
            .writable("server", "name", "password", "profile", "address", "mac-address", "email", "routes",
                    "limit-uptime", "limit-bytes-in", "limit-bytes-out", "limit-bytes-total", "comment", "disabled")
            .defaults("server", "all", "password", "", "profile", "default", "uptime", "0s", "bytes-in", "0",
                    "bytes-out", "0", "packets-in", "0", "packets-out", "0", "dynamic", "false", "disabled", "false")
            .booleans("dynamic", "disabled")
            .required("name")
            .unique("failure: already have user with this name", "name")
            .rules((changes, state) -> {
                check(changes, "limit-uptime", Menus::isDuration);
                check(changes, "limit-bytes-in", Menus::isCount);
                check(changes, "limit-bytes-out", Menus::isCount);
                check(changes, "limit-bytes-total", Menus::isCount);
                check(changes, "address", Menus::isAddress);
                return changes;
            })
            .build();

    static final Menu SIMPLE_QUEUE = Menu.at("/queue/simple")
            .fields("name", "target", "dst", "parent", "packet-marks", "priority", "queue", "limit-at", "max-limit",
                    "burst-limit", "burst-threshold", "burst-time", "bucket-size", "time", "comment", "bytes",
                    "total-bytes", "packets", "total-packets", "dropped", "rate", "packet-rate", "queued-packets",
                    "queued-bytes", "invalid", "dynamic", "disabled")
            .writable("name", "target", "dst", "parent", "packet-marks", "priority", "queue", "limit-at", "max-limit",
                    "burst-limit", "burst-threshold", "burst-time", "bucket-size", "time", "comment", "disabled")
            .defaults("parent", "none", "packet-marks", "", "priority", "8/8", "queue", "default-small/default-small",
                    "limit-at", "0/0", "max-limit", "0/0", "burst-limit", "0/0", "burst-threshold", "0/0",
                    "burst-time", "0s/0s", "bucket-size", "0.1/0.1", "bytes", "0/0", "total-bytes", "0",
                    "packets", "0/0", "total-packets", "0", "dropped", "0/0", "rate", "0/0", "packet-rate", "0/0",
                    "queued-packets", "0/0", "queued-bytes", "0/0", "invalid", "false", "dynamic", "false",
                    "disabled", "false")
            .booleans("invalid", "dynamic", "disabled")
            .required("target")
            .unique("failure: already have queue with such name", "name")
            .rules((changes, state) -> {
                check(changes, "target", Menus::isQueueTarget);
                for (String limit : List.of("limit-at", "max-limit", "burst-limit", "burst-threshold")) {
                    check(changes, limit, value -> RATE_PAIR.matcher(value).matches());
                }
                return changes;
            })
            .completion((values, number, clock) -> values.putIfAbsent("name", "queue" + number))
            .build();

    static final Menu ADDRESS_LIST = Menu.at("/ip/firewall/address-list")
            .fields("list", "address", "creation-time", "timeout", "dynamic", "comment", "disabled")
            .writable("list", "address", "timeout", "comment", "disabled")
            .defaults("disabled", "false")
            .booleans("dynamic", "disabled")
            .required("list", "address")
            .unique("failure: already have such entry", "list", "address")
            .rules((changes, state) -> {
                check(changes, "address", value -> isAddress(value) || PREFIX.matcher(value).matches()
                        || RANGE.matcher(value).matches() || HOST_NAME.matcher(value).matches());
                check(changes, "timeout", Menus::isDuration);
                Map<String, String> accepted = new LinkedHashMap<>(changes);
                // the router keeps a single host as the bare address: 10.0.0.5/32 reads back as 10.0.0.5
                accepted.computeIfPresent("address", (name, value) -> value.endsWith("/32")
                        ? value.substring(0, value.length() - 3) : value);
                return accepted;
            })
            .completion((values, number, clock) -> {
                values.putIfAbsent("creation-time", clock.dateTime(clock.now()));
                values.putIfAbsent("dynamic", Boolean.toString(values.containsKey("timeout")));
            })
            .build();

    static final Menu SYSTEM_RESOURCE = Menu.at("/system/resource")
            .verbs(Menu.READ_VERBS)
            .fields("uptime", "version", "build-time", "factory-software", "free-memory", "total-memory", "cpu",
                    "cpu-count", "cpu-frequency", "cpu-load", "free-hdd-space", "total-hdd-space",
                    "write-sect-since-reboot", "write-sect-total", "architecture-name", "board-name", "platform")
            .singleton()
            .build();

    static final Menu INTERFACE = Menu.at("/interface")
            .verbs("print", "getall", "set", "unset", "enable", "disable", "monitor-traffic")
            .fields("name", "default-name", "type", "mtu", "actual-mtu", "l2mtu", "max-l2mtu", "mac-address",
                    "last-link-up-time", "link-downs", "rx-byte", "tx-byte", "rx-packet", "tx-packet", "rx-drop",
                    "tx-drop", "tx-queue-drop", "rx-error", "tx-error", "fp-rx-byte", "fp-tx-byte", "fp-rx-packet",
                    "fp-tx-packet", "running", "disabled", "comment")
            .writable("name", "mtu", "comment", "disabled")
            .defaults("type", "ether", "mtu", "1500", "actual-mtu", "1500", "link-downs", "0", "rx-byte", "0",
                    "tx-byte", "0", "rx-packet", "0", "tx-packet", "0", "rx-drop", "0", "tx-drop", "0",
                    "tx-queue-drop", "0", "rx-error", "0", "tx-error", "0", "running", "true", "disabled", "false")
            .booleans("running", "disabled")
            .unique("failure: already have interface with such name", "name")
            .build();

    static final Menu LOG = Menu.at("/log")
            .verbs(Menu.READ_VERBS)
            .fields("time", "topics", "message")
            .defaults("topics", "system,info", "message", "")
            .completion((values, number, clock) -> values.putIfAbsent("time", clock.timeOfDay()))
            .build();

    static final List<Menu> ALL = List.of(PPP_SECRET, PPP_PROFILE, PPP_ACTIVE, HOTSPOT_USER, SIMPLE_QUEUE,
            ADDRESS_LIST, SYSTEM_RESOURCE, INTERFACE, LOG);

    private Menus() {
    }

    static Optional<Menu> at(String path) {
        return ALL.stream().filter(menu -> menu.path().equals(path)).findFirst();
    }

    static boolean isAddress(String value) {
        return value.isEmpty() || ADDRESS.matcher(value).matches();
    }

    private static boolean isCount(String value) {
        return COUNT.matcher(value).matches();
    }

    private static boolean isDuration(String value) {
        return value.isEmpty() || DURATION.matcher(value).matches();
    }

    /** Addresses or prefixes, or interface names, comma separated. */
    private static boolean isQueueTarget(String value) {
        for (String target : value.split(",", -1)) {
            boolean numeric = !target.isEmpty() && Character.isDigit(target.charAt(0));
            if (target.isEmpty() || numeric && !PREFIX.matcher(target).matches()) {
                return false;
            }
        }
        return true;
    }

    private static void check(Map<String, String> changes, String attribute,
                              Predicate<String> valid) throws RouterTrap {
        String value = changes.get(attribute);
        if (value != null && !valid.test(value)) {
            throw RouterTrap.invalidValue(attribute);
        }
    }
}
