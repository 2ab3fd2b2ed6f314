package io.netledger.bench;

/** What one scenario measured. */
record ScenarioResult(String name, int inFlight, int count, long elapsedNanos, double p50Millis, double p99Millis) {

    double seconds() {
        return elapsedNanos / 1e9;
    }

    double opsPerSecond() {
        return count / seconds();
    }
}
