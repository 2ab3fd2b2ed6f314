package io.netledger.query.telemetry;

import io.netledger.api.telemetry.NetworkLogType;
import io.netledger.api.telemetry.RouterLogLine;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a RouterOS log line for what {@code network_logs} keeps: its type from the topics, the user and address
 * of PPP and hotspot logins, logouts and failed logins (with the reason the router gives), and source and
 * destination of firewall hits. The wording is RouterOS's own (6 and 7, see the simulator's RouterLogEvents); a
 * line worded otherwise still becomes a row, typed by its topics alone.
 */
final class RouterLogClassifier {

    private static final Set<String> PPP_TOPICS = Set.of("ppp", "pppoe", "pptp", "l2tp", "sstp", "ovpn");
    private static final List<String> SEVERITIES = List.of("critical", "error", "warning", "info", "debug");

    private static final String ADDRESS = "(\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:.]+)";
    private static final Pattern PPP_LOGIN = Pattern.compile("^(\\S+) logged in, " + ADDRESS + "(?: from (\\S+))?$");
    private static final Pattern PPP_LOGOUT = Pattern.compile(
            "^(\\S+) logged out, (\\d+) (\\d+) (\\d+) (\\d+) (\\d+)(?: from (\\S+))?$");
    private static final Pattern PPP_FAILED = Pattern.compile("^<([^>]*)>: user (\\S+) authentication failed(?:[ ,:-]+(.+))?$");
    private static final Pattern PPP_STATE = Pattern.compile(
            "^<(?:pppoe|pptp|l2tp|sstp|ovpn)-([^>]+)>: (authenticated|connected|disconnected|terminating\\.\\.\\.)(?: - (.+))?$");
    private static final Pattern HOTSPOT = Pattern.compile(
            "^(\\S+) \\(" + ADDRESS + "\\): (logged in|logged out|login failed)(?:: (.+))?$");
    private static final Pattern ROUTER_LOGIN = Pattern.compile("^user (\\S+) logged (in|out) (?:from (\\S+) )?via (\\S+)$");
    private static final Pattern ROUTER_LOGIN_FAILED = Pattern.compile("^login failure for user (\\S+) from (\\S+) via (\\S+)$");
    private static final Pattern FIREWALL = Pattern.compile(
            "^(?:(.*?) )?([\\w-]+): in:(\\S+) out:(.+?), .*?proto ([\\w-]+)(?: \\([^)]*\\))?, "
                    + "(\\[[0-9a-fA-F:.]+\\]|[0-9a-fA-F:.]+?)(?::(\\d+))?->(\\[[0-9a-fA-F:.]+\\]|[0-9a-fA-F:.]+?)(?::(\\d+))?,.*$");
    private static final Pattern PPP_INTERFACE = Pattern.compile("^<(?:pppoe|pptp|l2tp|sstp|ovpn)-([^>]+)>$");

    ClassifiedLine classify(RouterLogLine line) {
        Set<String> topics = Set.copyOf(Arrays.asList(line.topics().split(",")));
        String message = line.message();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("topics", line.topics());
        if (line.routerId() != null) {
            details.put("routerId", line.routerId());
        }
        SEVERITIES.stream().filter(topics::contains).findFirst().ifPresent(severity -> details.put("severity", severity));

        if (topics.contains("firewall")) {
            return firewall(message, details);
        }
        boolean ppp = topics.stream().anyMatch(PPP_TOPICS::contains);
        Matcher m;
        if (ppp && (m = PPP_LOGIN.matcher(message)).matches()) {
            details.put("event", "login");
            putIf(details, "callerId", m.group(3));
            return authentication(message, m.group(2), m.group(1), details);
        }
        if (ppp && (m = PPP_LOGOUT.matcher(message)).matches()) {
            details.put("event", "logout");
            details.put("uptimeSeconds", Long.parseLong(m.group(2)));
            details.put("bytesIn", Long.parseLong(m.group(3)));
            details.put("bytesOut", Long.parseLong(m.group(4)));
            details.put("packetsIn", Long.parseLong(m.group(5)));
            details.put("packetsOut", Long.parseLong(m.group(6)));
            putIf(details, "callerId", m.group(7));
            return authentication(message, null, m.group(1), details);
        }
        if (ppp && (m = PPP_FAILED.matcher(message)).matches()) {
            details.put("event", "login_failed");
            details.put("reason", m.group(3) == null ? "authentication failed" : m.group(3));
            details.put("session", m.group(1));
            return authentication(message, null, m.group(2), details);
        }
        if (ppp && (m = PPP_STATE.matcher(message)).matches()) {
            String state = m.group(2).replace("...", "");
            details.put("event", state);
            putIf(details, "reason", m.group(3));
            NetworkLogType type = state.equals("authenticated") ? NetworkLogType.AUTHENTICATION : NetworkLogType.CONNECTION;
            return new ClassifiedLine(type, message, null, null, null, m.group(1), null, details);
        }
        if (topics.contains("hotspot") && (m = HOTSPOT.matcher(message)).matches()) {
            details.put("event", switch (m.group(3)) {
                case "logged in" -> "login";
                case "logged out" -> "logout";
                default -> "login_failed";
            });
            details.put("service", "hotspot");
            putIf(details, "reason", m.group(4));
            return authentication(message, m.group(2), m.group(1), details);
        }
        if ((m = ROUTER_LOGIN_FAILED.matcher(message)).matches()) {
            details.put("event", "router_login_failed");
            details.put("user", m.group(1));
            details.put("reason", "login failure");
            details.put("via", m.group(3));
            return new ClassifiedLine(NetworkLogType.AUTHENTICATION, message, m.group(2), null, null, null, null, details);
        }
        if (topics.contains("account") && (m = ROUTER_LOGIN.matcher(message)).matches()) {
            details.put("event", "router_" + ("in".equals(m.group(2)) ? "login" : "logout"));
            details.put("user", m.group(1));
            details.put("via", m.group(4));
            return new ClassifiedLine(NetworkLogType.AUTHENTICATION, message, m.group(3), null, null, null, null, details);
        }
        if (topics.contains("account")) {
            return new ClassifiedLine(NetworkLogType.AUTHENTICATION, message, null, null, null, null, null, details);
        }
        if (topics.contains("error") || topics.contains("critical")) {
            return new ClassifiedLine(NetworkLogType.ERROR, message, null, null, null, null, null, details);
        }
        if (ppp || topics.contains("dhcp") || topics.contains("hotspot")) {
            return new ClassifiedLine(NetworkLogType.CONNECTION, message, null, null, null, null, null, details);
        }
        return new ClassifiedLine(NetworkLogType.SYSTEM, message, null, null, null, null, null, details);
    }

    /** A firewall hit names the rule's chain, the interfaces, protocol, and {@code src[:port]->dst[:port]}. */
    private static ClassifiedLine firewall(String message, Map<String, Object> details) {
        Matcher m = FIREWALL.matcher(message);
        if (!m.matches()) {
            return new ClassifiedLine(NetworkLogType.CONNECTION, message, null, null, null, null, null, details);
        }
        details.put("event", "firewall");
        putIf(details, "prefix", m.group(1));
        details.put("chain", m.group(2));
        details.put("inInterface", m.group(3));
        details.put("outInterface", m.group(4));
        details.put("protocol", m.group(5));
        String source = unbracketed(m.group(6));
        String destination = unbracketed(m.group(8));
        Integer sourcePort = port(m.group(7));
        Integer destinationPort = port(m.group(9));
        putIf(details, "sourcePort", sourcePort);
        putIf(details, "destinationPort", destinationPort);
        // A hit from a subscriber's PPP interface names him; otherwise his address is the source.
        String user = null;
        for (String side : List.of(m.group(3), m.group(4))) {
            Matcher ppp = PPP_INTERFACE.matcher(side);
            if (user == null && ppp.matches()) {
                user = ppp.group(1);
            }
        }
        return new ClassifiedLine(NetworkLogType.CONNECTION, message, source, destination, destinationPort, user,
                source, details);
    }

    private static ClassifiedLine authentication(String message, String address, String user, Map<String, Object> details) {
        details.put("user", user);
        return new ClassifiedLine(NetworkLogType.AUTHENTICATION, message, address, null, null, user, address, details);
    }

    private static Integer port(String digits) {
        if (digits == null || digits.length() > 5) {
            return null;
        }
        int port = Integer.parseInt(digits);
        return port <= 65_535 ? port : null;
    }

    private static String unbracketed(String address) {
        return address.startsWith("[") ? address.substring(1, address.length() - 1) : address;
    }

    private static void putIf(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
    }
}
