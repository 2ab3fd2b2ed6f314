package io.netledger.routeros;

/**
 * One row of {@code /interface/print}.
 *
 * @param name    e.g. {@code ether1}, {@code pppoe-in1}, {@code <pppoe-alice>}
 * @param type    e.g. {@code ether}, {@code vlan}, {@code pppoe-in}
 * @param running whether the link is up
 * @param rxBytes {@code rx-byte}: bytes received since the router started or the counter was reset
 * @param txBytes {@code tx-byte}: bytes sent since then
 */
public record RouterInterface(String name, String type, boolean running, long rxBytes, long txBytes) {

    public RouterInterface {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an interface has a name");
        }
        if (rxBytes < 0 || txBytes < 0) {
            throw new IllegalArgumentException("byte counters cannot be negative: rx %d, tx %d".formatted(rxBytes, txBytes));
        }
    }
}
