package io.netledger.bench;

import java.util.Map;

/**
 * One phase as {@link LoadClient} saw it: the 2xx answers and their latencies, and apart from them every
 * other status ({@code statuses} as {@code 201:19998,503:2}) and every request that got no answer;
 * {@code endedAtMillis} is the wall clock when the last request was answered (the two JVMs share no
 * nanosecond clock).
 */
record LoadResult(String name, int clients, int requests, int ok, double seconds, double p50Millis,
        double p99Millis, double maxMillis, String statuses, int failures, int warmUpNotOk, String firstProblem,
        long endedAtMillis) {

    static LoadResult of(String name, int clients, int requests, Map<String, String> result) {
        if (!result.containsKey("ok")) {
            throw new IllegalStateException("the load client for " + name + " printed no result: " + result);
        }
        return new LoadResult(name, clients, requests, Integer.parseInt(result.get("ok")),
                Double.parseDouble(result.get("seconds")), Double.parseDouble(result.get("p50")),
                Double.parseDouble(result.get("p99")), Double.parseDouble(result.get("max")),
                result.getOrDefault("statuses", ""), Integer.parseInt(result.getOrDefault("failures", "0")),
                Integer.parseInt(result.getOrDefault("warmup-not-2xx", "0")), result.get("first-problem"),
                Long.parseLong(result.get("ended-at")));
    }

    /** Requests answered with anything but 2xx, or not answered at all. */
    int notOk() {
        return requests - ok;
    }

    /** This JVM's System.nanoTime() when the client's last request was answered (to the millisecond). */
    long endedAtNanoTime() {
        return System.nanoTime() - (System.currentTimeMillis() - endedAtMillis) * 1_000_000;
    }

    /** 2xx answers per second: refusals do not make a server look faster. */
    double okPerSecond() {
        return ok / seconds;
    }
}
