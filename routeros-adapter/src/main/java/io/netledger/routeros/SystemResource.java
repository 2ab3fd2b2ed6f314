package io.netledger.routeros;

import java.time.Duration;

/**
 * What {@code /system/resource/print} reports, in units a dashboard can use.
 *
 * @param cpuLoadPercent   {@code cpu-load}, 0-100
 * @param freeMemoryBytes  {@code free-memory}
 * @param totalMemoryBytes {@code total-memory}
 * @param uptime           {@code uptime}
 * @param version          {@code version} as the router writes it, e.g. {@code 7.16.1 (stable)}
 * @param boardName        {@code board-name}, e.g. {@code CCR2004-16G-2S+}
 */
public record SystemResource(
        int cpuLoadPercent,
        long freeMemoryBytes,
        long totalMemoryBytes,
        Duration uptime,
        String version,
        String boardName) {

    public SystemResource {
        if (cpuLoadPercent < 0 || cpuLoadPercent > 100) {
            throw new IllegalArgumentException("cpu load is a percentage, not " + cpuLoadPercent);
        }
        if (totalMemoryBytes <= 0 || freeMemoryBytes < 0 || freeMemoryBytes > totalMemoryBytes) {
            throw new IllegalArgumentException(
                    "free memory %d must be within total memory %d".formatted(freeMemoryBytes, totalMemoryBytes));
        }
        if (uptime == null || uptime.isNegative()) {
            throw new IllegalArgumentException("uptime cannot be negative or absent: " + uptime);
        }
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version is required");
        }
        if (boardName == null || boardName.isBlank()) {
            throw new IllegalArgumentException("board name is required");
        }
    }
}
