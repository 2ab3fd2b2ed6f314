package io.netledger.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** The plain-text result: the setup, one row per scenario, the read side's catch-up and the verdict. */
final class Report {

    static final String RAW = "raw insert (1 row/tx)";
    static final String COMMAND = "CreateServicePlan";
    /** Below this a scenario is dominated by thread start-up, JIT and scheduling noise. */
    private static final double STEADY_SECONDS = 1.0;

    private final BenchSettings settings;
    private final List<String> setup;
    private final List<ScenarioResult> results;
    private final List<CatchUp> catchUps;

    Report(BenchSettings settings, List<String> setup, List<ScenarioResult> results, List<CatchUp> catchUps) {
        this.settings = settings;
        this.setup = setup;
        this.results = results;
        this.catchUps = catchUps;
    }

    /** commands/s over raw inserts/s at the same number in flight. */
    Optional<Double> ratio(int inFlight) {
        Optional<ScenarioResult> raw = find(RAW, inFlight);
        Optional<ScenarioResult> command = find(COMMAND, inFlight);
        if (raw.isEmpty() || command.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(command.get().opsPerSecond() / raw.get().opsPerSecond());
    }

    boolean passed() {
        return !settings.pauseReadSide()
                && ratio(BenchSettings.HIGH_IN_FLIGHT).map(r -> r >= BenchSettings.TARGET_RATIO).orElse(false);
    }

    void print(PrintStream out) {
        out.println();
        out.printf("NetLedger bench: %d commands per scenario after %d warm-up operations%n",
                settings.count(), settings.warmUp());
        setup.forEach(line -> out.println("  " + line));
        out.println("  read side:  " + (settings.pauseReadSide()
                ? "PAUSED while commands ran (--pause-read-side: the command side alone)"
                : "running while commands ran, as in production"));
        if (!settings.appProperties().isEmpty()) {
            out.println("  overrides:  " + String.join(" ", settings.appProperties()));
        }
        out.println();
        out.printf("%-22s %9s %7s %8s %9s %8s %8s %7s%n",
                "scenario", "in-flight", "count", "seconds", "ops/s", "p50 ms", "p99 ms", "ratio");
        for (ScenarioResult result : results) {
            String ratio = result.name().equals(COMMAND)
                    ? ratio(result.inFlight()).map(r -> String.format("%.2f", r)).orElse("-") : "";
            out.printf("%-22s %9d %7d %8.2f %9.1f %8.2f %8.2f %7s%n", result.name(), result.inFlight(),
                    result.count(), result.seconds(), result.opsPerSecond(), result.p50Millis(), result.p99Millis(),
                    ratio);
        }
        out.println("ratio = CreateServicePlan commands/s / raw inserts/s at the same in-flight count");
        results.stream().filter(r -> r.seconds() < STEADY_SECONDS).findFirst().ifPresent(r -> out.printf(
                "note: some scenarios lasted under %.0f s (e.g. %s at %d in flight, %.2f s); such short runs are"
                        + " noisy, a larger --count gives a steadier ratio%n",
                STEADY_SECONDS, r.name(), r.inFlight(), r.seconds()));
        out.println();
        for (CatchUp catchUp : catchUps) {
            out.printf("read side after %d in flight: service_plans caught up in %s, all event processors in %s%n",
                    catchUp.inFlight(), seconds(catchUp.servicePlansNanos()), seconds(catchUp.allProcessorsNanos()));
        }
        out.println();
        out.printf("target: commands/s >= %.2f x raw inserts/s at %d in flight, %s: %s (ratio %s)%n",
                BenchSettings.TARGET_RATIO, BenchSettings.HIGH_IN_FLIGHT,
                settings.pauseReadSide() ? "command side alone" : "read side running on the same machine",
                passed() ? "PASS" : "FAIL",
                ratio(BenchSettings.HIGH_IN_FLIGHT).map(r -> String.format("%.2f", r)).orElse("n/a"));
    }

    private Optional<ScenarioResult> find(String name, int inFlight) {
        return results.stream().filter(r -> r.name().equals(name) && r.inFlight() == inFlight).findFirst();
    }

    private String seconds(long nanos) {
        return nanos < 0 ? "NOT within " + settings.catchUpTimeout().toSeconds() + " s"
                : String.format("%.2f s", nanos / 1e9);
    }
}
