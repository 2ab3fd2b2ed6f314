package io.netledger.query.telemetry;

import io.netledger.api.telemetry.RouterLogLine;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A BSD syslog datagram (RFC 3164) as a MikroTik router sends it with a {@code remote} logging action:
 * {@code <PRI>Mmm dd hh:mm:ss HOSTNAME MSG}, where RouterOS begins MSG with the line's topics
 * ({@code <30>Dec  7 10:02:11 MikroTik pppoe,ppp,info,account alice logged in, 10.99.0.2}). A datagram
 * without the header (RFC 3164 lets a relay pass one on) is all message; one without topics gets its
 * severity from PRI as its one topic.
 */
final class BsdSyslog {

    /** RFC 3164: a datagram is at most 1024 bytes; RouterOS keeps to it, others send more. */
    static final int MAX_BYTES = 8 * 1024;

    private static final Pattern PRI = Pattern.compile("^<(\\d{1,3})>");
    private static final Pattern HEADER = Pattern.compile(
            "^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ 1-3]\\d \\d{2}:\\d{2}:\\d{2}) (\\S+) ");
    private static final Pattern TOPICS = Pattern.compile("^([a-z][a-z0-9-]*(?:,[a-z0-9!-]+)+|[a-z][a-z0-9-]*) ");
    private static final String[] SEVERITIES = {"critical", "critical", "critical", "error", "warning", "info", "info", "debug"};
    private static final java.util.Set<String> SINGLE_TOPICS = java.util.Set.of("info", "error", "warning",
            "critical", "debug", "system", "firewall", "account", "pppoe", "ppp", "hotspot", "dhcp", "interface",
            "script", "wireless", "dns", "radius");

    private BsdSyslog() {
    }

    /** The line the datagram carries; empty when it is no syslog message at all. */
    static Optional<RouterLogLine> parse(byte[] datagram, int length) {
        if (length <= 0 || length > MAX_BYTES) {
            return Optional.empty();
        }
        String text = new String(datagram, 0, length, StandardCharsets.UTF_8).stripTrailing();
        Matcher pri = PRI.matcher(text);
        if (!pri.find()) {
            return Optional.empty();
        }
        int priority = Integer.parseInt(pri.group(1));
        if (priority > 191) {
            return Optional.empty();
        }
        String rest = text.substring(pri.end());
        String time = "";
        Matcher header = HEADER.matcher(rest);
        if (header.find()) {
            time = header.group(1);
            rest = rest.substring(header.end());
        }
        String topics = SEVERITIES[priority % 8];
        Matcher tagged = TOPICS.matcher(rest);
        if (tagged.find() && (tagged.group(1).contains(",") || SINGLE_TOPICS.contains(tagged.group(1)))) {
            topics = tagged.group(1);
            rest = rest.substring(tagged.end());
        }
        return Optional.of(new RouterLogLine(null, time, topics, rest));
    }
}
