package io.netledger.query.telemetry;

import io.netledger.api.BadRequest;
import java.util.Arrays;
import java.util.Locale;

/** The per-NAS series of {@code monitoring_data} a reader may ask for, with their units. */
enum MetricType {

    CPU_USAGE(MonitoringRecorder.CPU, "percent", false),
    MEMORY_USAGE(MonitoringRecorder.MEMORY, "percent", false),
    UPTIME(MonitoringRecorder.UPTIME, "seconds", false),
    CONNECTION_COUNT(MonitoringRecorder.CONNECTIONS, "sessions", false),
    BANDWIDTH_IN(MonitoringRecorder.BANDWIDTH_IN, "Mbps", true),
    BANDWIDTH_OUT(MonitoringRecorder.BANDWIDTH_OUT, "Mbps", true);

    final String value;
    final String unit;
    /** Recorded per interface: the reader names one. */
    final boolean perInterface;

    MetricType(String value, String unit, boolean perInterface) {
        this.value = value;
        this.unit = unit;
        this.perInterface = perInterface;
    }

    static MetricType of(String text) {
        if (text == null) {
            throw new BadRequest("type is required: one of " + names());
        }
        return Arrays.stream(values()).filter(type -> type.value.equals(text.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new BadRequest("type must be one of " + names()));
    }

    private static String names() {
        return String.join(", ", Arrays.stream(values()).map(type -> type.value).toList());
    }
}
