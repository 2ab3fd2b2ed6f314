package io.netledger.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.context.ApplicationContext;

/**
 * Runs the scenarios against a started application: at each in-flight count first the raw
 * baseline, then the commands, so each ratio compares two measurements taken back to back
 * on the same database and pool. The read side is drained between in-flight counts so
 * that no scenario pays for an earlier one's projection backlog.
 */
final class Benchmark {

    private final ApplicationContext context;
    private final BenchSettings settings;
    private final PrintStream progress;

    Benchmark(ApplicationContext context, BenchSettings settings, PrintStream progress) {
        this.context = context;
        this.settings = settings;
        this.progress = progress;
    }

    Report run(BenchDatabase database, DataDirectory dataDirectory) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        CreatePlanLoad plans = new CreatePlanLoad(context.getBean(CommandGateway.class));
        ReadSide readSide = new ReadSide(context.getBean(EventProcessingConfiguration.class), dataSource);
        // The first start registers the admin user; its events are not the bench's to wait for.
        readSide.awaitAllProcessors(System.nanoTime(), settings.catchUpTimeout());

        List<ScenarioResult> results = new ArrayList<>();
        List<CatchUp> catchUps = new ArrayList<>();
        try (RawInsertBaseline raw = new RawInsertBaseline(dataSource)) {
            for (int inFlight : new int[] {BenchSettings.LOW_IN_FLIGHT, BenchSettings.HIGH_IN_FLIGHT}) {
                results.add(scenario(Report.RAW, inFlight, raw.insert()));
                if (settings.pauseReadSide()) {
                    readSide.pause();
                }
                results.add(scenario(Report.COMMAND, inFlight, plans.createPlan()));
                long lastCommandReturned = System.nanoTime();
                if (settings.pauseReadSide()) {
                    readSide.resume();
                }
                progress.printf("waiting for the read side to catch up with %d plans%n", plans.sent());
                catchUps.add(new CatchUp(inFlight,
                        readSide.awaitServicePlans(plans.sent(), lastCommandReturned, settings.catchUpTimeout()),
                        readSide.awaitAllProcessors(lastCommandReturned, settings.catchUpTimeout())));
            }
        }
        return new Report(settings, RunSetup.describe(context, database, dataDirectory), results, catchUps);
    }

    private ScenarioResult scenario(String name, int inFlight, Operation operation) throws Exception {
        progress.printf("running %s with %d in flight: %d warm-up, %d measured%n", name, inFlight,
                settings.warmUp(), settings.count());
        return ClosedLoopRunner.run(name, inFlight, settings.warmUp(), settings.count(), operation);
    }
}
