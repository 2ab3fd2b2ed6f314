package io.netledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A process's resident memory as the kernel counts it ({@code /proc/<pid>/status}): VmRSS now and
 * VmHWM, the most it has held since it started. This is what an operator's container limit sees, heap
 * and everything else (metaspace, code cache, thread stacks, direct buffers) together.
 */
record ProcessMemory(long rssKb, long peakKb) {

    static Optional<ProcessMemory> of(long pid) {
        return read(Path.of("/proc", String.valueOf(pid), "status"));
    }

    static Optional<ProcessMemory> self() {
        return read(Path.of("/proc/self/status"));
    }

    private static Optional<ProcessMemory> read(Path status) {
        try {
            long rss = -1;
            long peak = -1;
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line);
                }
            }
            return rss < 0 || peak < 0 ? Optional.empty() : Optional.of(new ProcessMemory(rss, peak));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not Linux, or the process is gone
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    double rssMb() {
        return rssKb / 1024.0;
    }

    double peakMb() {
        return peakKb / 1024.0;
    }
}
