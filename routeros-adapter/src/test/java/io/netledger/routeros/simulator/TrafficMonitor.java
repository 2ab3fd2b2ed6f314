package io.netledger.routeros.simulator;

import io.netledger.routeros.wire.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * {@code /interface/monitor-traffic =interface=ether1[,ether2]}: one sample per interface,
 * once with {@code =once=}, otherwise every second until {@code /cancel}. A running interface
 * shows some tens of megabits; a disabled one shows nothing.
 */
final class TrafficMonitor {

    private static final Set<String> ARGUMENTS = Set.of("interface", "once", ".proplist");
    private static final int AVERAGE_PACKET_BITS = 8 * 700;

    private final RouterState state;

    TrafficMonitor(RouterState state) {
        this.state = state;
    }

    static boolean once(Sentence request) {
        return request.attributes().containsKey("once");
    }

    /** The interfaces the request names, by name or id, checked before anything is sent. */
    List<String> interfaces(Sentence request) throws RouterTrap {
        for (String argument : request.attributes().keySet()) {
            if (!ARGUMENTS.contains(argument)) {
                throw new RouterTrap("unknown parameter " + argument);
            }
        }
        String names = request.attributes().get("interface");
        if (names == null || names.isEmpty()) {
            throw new RouterTrap("failure: interface not specified");
        }
        List<String> interfaces = new ArrayList<>();
        for (String wanted : names.split(",")) {
            Map<String, String> found = state.items(Menus.INTERFACE).stream()
                    .filter(item -> wanted.equals(item.get("name")) || wanted.equalsIgnoreCase(item.get(".id")))
                    .findFirst()
                    .orElseThrow(() -> new RouterTrap("input does not match any value of interface",
                            RouterTrap.ARGUMENT_VALUE_FAILURE));
            interfaces.add(found.get(".id"));
        }
        return interfaces;
    }

    /** One {@code !re} per interface still there, in the order asked for. */
    List<Sentence> sample(List<String> interfaceIds, Optional<List<String>> proplist) {
        List<Sentence> samples = new ArrayList<>();
        for (String id : interfaceIds) {
            state.item(Menus.INTERFACE, id).ifPresent(item -> samples.add(Replies.re(reading(item), proplist, false)));
        }
        return samples;
    }

    private static Map<String, String> reading(Map<String, String> item) {
        boolean passing = "true".equals(item.get("running")) && "false".equals(item.get("disabled"));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long rxBits = passing ? random.nextLong(5_000_000, 95_000_000) : 0;
        long txBits = passing ? random.nextLong(1_000_000, 30_000_000) : 0;
        Map<String, String> reading = new LinkedHashMap<>();
        reading.put("name", item.get("name"));
        reading.put("rx-packets-per-second", Long.toString(rxBits / AVERAGE_PACKET_BITS));
        reading.put("rx-bits-per-second", Long.toString(rxBits));
        reading.put("fp-rx-packets-per-second", "0");
        reading.put("fp-rx-bits-per-second", "0");
        reading.put("rx-drops-per-second", "0");
        reading.put("rx-errors-per-second", "0");
        reading.put("tx-packets-per-second", Long.toString(txBits / AVERAGE_PACKET_BITS));
        reading.put("tx-bits-per-second", Long.toString(txBits));
        reading.put("fp-tx-packets-per-second", "0");
        reading.put("fp-tx-bits-per-second", "0");
        reading.put("tx-drops-per-second", "0");
        reading.put("tx-queue-drops-per-second", "0");
        reading.put("tx-errors-per-second", "0");
        return reading;
    }
}
