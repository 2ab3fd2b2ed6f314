package io.netledger.routeros.simulator;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Things that happen on a router and the lines RouterOS writes to {@code /log} for them, worded and topic-tagged
 * as RouterOS 6 and 7 write them (the PPP account lines of v7 end in {@code from <caller MAC>}, v6's do not):
 *
 * <pre>
 * pppoe,info              PPPoE connection established from 52:54:00:AA:00:03
 * pppoe,ppp,info          &lt;pppoe-alice&gt;: authenticated
 * pppoe,ppp,info,account  alice logged in, 10.99.0.2 from 52:54:00:AA:00:03
 * pppoe,ppp,info          &lt;pppoe-alice&gt;: terminating... - peer is not responding
 * pppoe,ppp,info,account  alice logged out, 143 115036 112418 106 92 from 52:54:00:AA:00:03
 * pppoe,ppp,error         &lt;0010&gt;: user alice authentication failed
 * hotspot,info,debug      bob (10.5.50.7): login failed: invalid username or password
 * firewall,info           drop-wan forward: in:&lt;pppoe-alice&gt; out:ether1, connection-state:new src-mac ..., proto TCP (SYN), 10.99.0.2:51234-&gt;93.184.216.34:443, len 60
 * system,info             router rebooted
 * </pre>
 *
 * A PPP login also puts the session on {@code /ppp/active} and a logout takes it off, so what the log says and
 * what the router shows agree. Lines are appended to the shared {@link RouterState}; every connection sees them.
 */
public final class RouterLogEvents {

    private final RouterState state;
    private final RouterOsVersion version;

    RouterLogEvents(RouterState state, RouterOsVersion version) {
        this.state = state;
        this.version = version;
    }

    /** A PPPoE client logs in as {@code user} from {@code callerMac} and gets {@code address}. */
    public void pppLogin(String user, String address, String callerMac) {
        state.log("pppoe,info", "PPPoE connection established from " + callerMac);
        state.log("pppoe,ppp,info", "<pppoe-" + user + ">: authenticated");
        state.log("pppoe,ppp,info", "<pppoe-" + user + ">: connected");
        state.log("pppoe,ppp,info,account", user + " logged in, " + address + from(callerMac));
        Map<String, String> session = new LinkedHashMap<>();
        session.put("name", user);
        session.put("service", "pppoe");
        session.put("caller-id", callerMac);
        session.put("address", address);
        state.add("/ppp/active", session);
    }

    /**
     * The session of {@code user} ends for {@code reason} (RouterOS's words: {@code peer is not responding},
     * {@code disconnected by administrator}, {@code hungup}...), after {@code uptimeSeconds} with these byte
     * counts as the router saw them (in from the client, out to it).
     */
    public void pppLogout(String user, String reason, long uptimeSeconds, long bytesIn, long bytesOut) {
        Optional<Map<String, String>> session = state.find("/ppp/active", "name", user);
        String callerMac = session.map(item -> item.get("caller-id")).orElse("");
        state.log("pppoe,ppp,info", "<pppoe-" + user + ">: terminating... - " + reason);
        state.log("pppoe,ppp,info,account", "%s logged out, %d %d %d %d %d%s".formatted(user, uptimeSeconds,
                bytesIn, bytesOut, Math.max(1, bytesIn / 1_000), Math.max(1, bytesOut / 1_000), from(callerMac)));
        state.log("pppoe,ppp,info", "<pppoe-" + user + ">: disconnected");
        session.ifPresent(item -> state.remove("/ppp/active", item.get(".id")));
    }

    /**
     * A PPPoE client tries {@code user} with a wrong password, or for a secret that is disabled or missing:
     * RouterOS names no more reason than that, and the session has no interface name yet, only a number.
     */
    public void pppLoginFailed(String user, String callerMac, int attempt) {
        state.log("pppoe,info", "PPPoE connection established from " + callerMac);
        state.log("pppoe,ppp,error", "<%04x>: user %s authentication failed".formatted(attempt, user));
    }

    /** A hotspot login refused, with the reason the hotspot gives ({@code invalid username or password}...). */
    public void hotspotLoginFailed(String user, String address, String reason) {
        state.log("hotspot,info,debug", user + " (" + address + "): login failed: " + reason);
    }

    public void hotspotLogin(String user, String address) {
        state.log("hotspot,account,info,debug", user + " (" + address + "): logged in");
    }

    /**
     * A firewall rule with {@code action=log} (and {@code log-prefix=prefix}, may be empty) matched a packet.
     * {@code protocol} is {@code TCP}, {@code UDP} or {@code ICMP}; ports are left out for ICMP.
     */
    public void firewallHit(String prefix, String chain, String inInterface, String outInterface, String protocol,
                            String source, int sourcePort, String destination, int destinationPort) {
        String proto = protocol.toUpperCase(Locale.ROOT);
        String flow = switch (proto) {
            case "TCP" -> "proto TCP (SYN), " + source + ":" + sourcePort + "->" + destination + ":" + destinationPort;
            case "UDP" -> "proto UDP, " + source + ":" + sourcePort + "->" + destination + ":" + destinationPort;
            case "ICMP" -> "proto ICMP (type 8, code 0), " + source + "->" + destination;
            default -> throw new IllegalArgumentException("TCP, UDP or ICMP, not " + protocol);
        };
        String lead = prefix == null || prefix.isEmpty() ? "" : prefix + " ";
        state.log("firewall,info", "%s%s: in:%s out:%s, connection-state:new src-mac 4c:5e:0c:5a:31:01, %s, len 60"
                .formatted(lead, chain, inInterface, outInterface == null ? "(unknown 0)" : outInterface, flow));
    }

    /** Any other line, as a script's {@code :log warning "..."} would write it. */
    public void line(String topics, String message) {
        state.log(topics, message);
    }

    /**
     * The router restarts ({@link RouterActivity#reboot()}): its memory log is gone and numbers its lines from
     * {@code *1} again, its uptime counts from now, and every PPP session has dropped.
     */
    public void reboot() {
        RouterActivity.on(state).reboot();
    }

    private String from(String callerMac) {
        return version.major() >= 7 && !callerMac.isEmpty() ? " from " + callerMac : "";
    }
}
