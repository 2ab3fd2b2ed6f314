package io.netledger.genieacs;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** How many calls a client made to its NBI, by kind ("devices", "tasks", "faults", ...): what a sync costs the ACS. */
public final class NbiCalls {

    private final Map<String, AtomicLong> byKind = new ConcurrentHashMap<>();

    void count(String kind) {
        byKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    public long total() {
        return byKind.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long of(String kind) {
        AtomicLong count = byKind.get(kind);
        return count == null ? 0 : count.get();
    }

    public Map<String, Long> byKind() {
        Map<String, Long> counts = new TreeMap<>();
        byKind.forEach((kind, count) -> counts.put(kind, count.get()));
        return counts;
    }

    @Override
    public String toString() {
        return "NbiCalls" + byKind();
    }
}
