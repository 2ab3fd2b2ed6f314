package io.netledger.routeros.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What happens on a router while NetLedger watches it: customers log in over PPPoE and go, bytes flow through
 * their lines and the uplink, the load moves, the router reboots. It acts on the {@link RouterState} the way
 * RouterOS does, so that monitoring is tested over the real API rather than against seeded numbers.
 *
 * <p>A PPPoE login is an item of {@code /ppp/active} and a dynamic interface {@code <pppoe-NAME>} of type
 * {@code pppoe-in}, whose counters are what the router received from the customer ({@code rx-byte}: his
 * upload) and sent to him ({@code tx-byte}: his download) since the session came up. A logout takes both away,
 * counters and all; a reboot ends every session, zeroes every counter and starts the uptime again.
 */
public final class RouterActivity {

    /** The port that carries the customers' traffic to the Internet in the factory configuration. */
    public static final String UPLINK = "ether1";

    private final RouterState state;

    private RouterActivity(RouterState state) {
        this.state = state;
    }

    public static RouterActivity on(RouterOsSimulator simulator) {
        return new RouterActivity(simulator.state());
    }

    static RouterActivity on(RouterState state) {
        return new RouterActivity(state);
    }

    /** The PPP dynamic interface RouterOS makes for a PPPoE server session of {@code user}. */
    public static String sessionInterface(String user) {
        return "<pppoe-" + user + ">";
    }

    /**
     * {@code user} logs in over PPPoE from the customer router with MAC {@code callerId} and is given
     * {@code address}; answers the session's id. A user already online is refused, as with {@code only-one}.
     */
    public String pppLogin(String user, String address, String callerId) {
        synchronized (state) {
            if (state.find("/ppp/active", "name", user).isPresent()) {
                throw new IllegalStateException(user + " is already online");
            }
            Map<String, String> session = new LinkedHashMap<>();
            session.put("name", user);
            session.put("service", "pppoe");
            session.put("caller-id", callerId == null ? "" : callerId);
            session.put("address", address == null ? "" : address);
            session.put("uptime", "0s");
            String id = state.insert(Menus.PPP_ACTIVE, session);
            // a session ended over the API (kicked) leaves its interface here: on a router it goes with the session
            state.find("/interface", "name", sessionInterface(user))
                    .ifPresent(stale -> state.delete(Menus.INTERFACE, stale.get(".id")));
            state.insert(Menus.INTERFACE, Map.of("name", sessionInterface(user), "type", "pppoe-in",
                    "running", "true", "mtu", "1480", "actual-mtu", "1480"));
            return id;
        }
    }

    /** {@code user}'s session ends (he hung up, or was kicked); nothing happens when he is not online. */
    public void pppLogout(String user) {
        synchronized (state) {
            state.find("/ppp/active", "name", user).ifPresent(session -> state.delete(Menus.PPP_ACTIVE, session.get(".id")));
            state.find("/interface", "name", sessionInterface(user))
                    .ifPresent(line -> state.delete(Menus.INTERFACE, line.get(".id")));
        }
    }

    /**
     * Who is online over PPP, by user name. A session NetLedger kicked (to apply a new profile) is gone: the
     * customer's router dials in again with {@link #pppLogin}.
     */
    public List<String> online() {
        return state.records("/ppp/active").stream().map(session -> session.get("name")).toList();
    }

    /**
     * {@code user} downloads {@code downloadBytes} and uploads {@code uploadBytes}: his session's interface and
     * the uplink count them.
     */
    public void transfer(String user, long downloadBytes, long uploadBytes) {
        synchronized (state) {
            Map<String, String> line = state.find("/interface", "name", sessionInterface(user))
                    .orElseThrow(() -> new NoSuchElementException(user + " is not online"));
            count(line, uploadBytes, downloadBytes);
            state.find("/interface", "name", UPLINK).ifPresent(uplink -> count(uplink, downloadBytes, uploadBytes));
        }
    }

    /** Bytes through an interface that no customer session accounts for (the ISP's own traffic, a backhaul). */
    public void interfaceTraffic(String interfaceName, long rxBytes, long txBytes) {
        synchronized (state) {
            count(state.find("/interface", "name", interfaceName)
                    .orElseThrow(() -> new NoSuchElementException("no interface " + interfaceName)), rxBytes, txBytes);
        }
    }

    /** What {@code /system/resource} reports from now on as {@code cpu-load} and {@code free-memory}. */
    public void load(int cpuLoadPercent, long freeMemoryBytes) {
        synchronized (state) {
            state.update(Menus.SYSTEM_RESOURCE, "*0", Map.of("cpu-load", Integer.toString(cpuLoadPercent),
                    "free-memory", Long.toString(freeMemoryBytes)));
        }
    }

    /**
     * The router restarts: every session ends with its dynamic interface, every counter starts from zero, the
     * uptime counts from now, and the log starts again from {@code *1} with the reboot's own line.
     */
    public void reboot() {
        synchronized (state) {
            // The log lives in memory: it is gone, and numbers its lines from *1 again.
            state.restartLog();
            state.clock().reboot();
            List<String> ended = new ArrayList<>();
            for (Map<String, String> session : state.records("/ppp/active")) {
                state.delete(Menus.PPP_ACTIVE, session.get(".id"));
                ended.add(sessionInterface(session.get("name")));
            }
            for (Map<String, String> line : state.records("/interface")) {
                if (ended.contains(line.get("name"))) {
                    state.delete(Menus.INTERFACE, line.get(".id"));
                } else {
                    state.update(Menus.INTERFACE, line.get(".id"), Map.of("rx-byte", "0", "tx-byte", "0",
                            "rx-packet", "0", "tx-packet", "0"));
                }
            }
            state.log("system,info", "router rebooted");
        }
    }

    private void count(Map<String, String> line, long rxBytes, long txBytes) {
        if (rxBytes < 0 || txBytes < 0) {
            throw new IllegalArgumentException("bytes only ever add up");
        }
        state.update(Menus.INTERFACE, line.get(".id"), Map.of(
                "rx-byte", Long.toString(Long.parseLong(line.get("rx-byte")) + rxBytes),
                "tx-byte", Long.toString(Long.parseLong(line.get("tx-byte")) + txBytes)));
    }
}
