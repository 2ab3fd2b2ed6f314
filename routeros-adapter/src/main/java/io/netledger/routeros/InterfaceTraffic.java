package io.netledger.routeros;

/**
 * One sample of {@code /interface/monitor-traffic ... once}: the interface's throughput
 * as the router measured it at that moment.
 *
 * @param interfaceName    the interface sampled
 * @param rxBitsPerSecond  {@code rx-bits-per-second}, what the router receives on it
 * @param txBitsPerSecond  {@code tx-bits-per-second}, what the router sends on it
 */
public record InterfaceTraffic(String interfaceName, long rxBitsPerSecond, long txBitsPerSecond) {

    public InterfaceTraffic {
        if (interfaceName == null || interfaceName.isBlank()) {
            throw new IllegalArgumentException("a traffic sample names its interface");
        }
        if (rxBitsPerSecond < 0 || txBitsPerSecond < 0) {
            throw new IllegalArgumentException(
                    "throughput cannot be negative: rx %d, tx %d".formatted(rxBitsPerSecond, txBitsPerSecond));
        }
    }
}
