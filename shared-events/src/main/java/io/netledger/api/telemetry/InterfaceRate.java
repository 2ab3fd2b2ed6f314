package io.netledger.api.telemetry;

/**
 * The bandwidth of one router interface between two polls, worked out from its byte counters.
 *
 * @param mbpsIn  what the router received on it, in megabits per second
 * @param mbpsOut what it sent on it
 */
public record InterfaceRate(String interfaceName, double mbpsIn, double mbpsOut) {

    public InterfaceRate {
        if (interfaceName == null || interfaceName.isBlank()) {
            throw new IllegalArgumentException("a rate names its interface");
        }
        if (!(mbpsIn >= 0) || !(mbpsOut >= 0)) {
            throw new IllegalArgumentException("a rate cannot be negative: in %s, out %s".formatted(mbpsIn, mbpsOut));
        }
    }
}
