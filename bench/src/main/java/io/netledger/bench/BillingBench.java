package io.netledger.bench;

import io.netledger.api.Ids;
import io.netledger.api.IspCalendar;
import io.netledger.api.billing.BillingRunCounts;
import io.netledger.api.billing.BillingRunFailed;
import io.netledger.api.billing.BillingRunFinished;
import io.netledger.api.billing.StartBillingRun;
import io.netledger.api.Money;
import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.customer.RegisterCustomer;
import io.netledger.api.nas.ApiType;
import io.netledger.api.nas.NasConnection;
import io.netledger.api.nas.RegisterNasServer;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.plan.CreateServicePlan;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.PlanTerms;
import io.netledger.api.secret.SecretCipher;
import io.netledger.api.subscription.ActivateSubscription;
import io.netledger.api.subscription.CreateSubscription;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A billing run over N active subscriptions ({@code --count=N}), timed from start to
 * finish, against raw inserts measured in the same run. The goal: 100 000
 * subscriptions invoiced in at most 60 s.
 */
final class BillingBench {

    static final double GOAL_PER_SECOND = 100_000 / 60.0;
    private static final int SUBSCRIPTIONS_PER_CUSTOMER = 10;
    /** Today, as a daily run has it: an earlier date would make the invoices due, and overdue, at once. */
    private static final LocalDate RUN_DATE = IspCalendar.wib().today();
    private static final LocalDate START = RUN_DATE.minusDays(14);

    private BillingBench() {
    }

    static void run(BenchSettings settings) throws Exception {
        PrintStream out = System.out;
        PrintStream progress = System.err;
        try (DataDirectory dataDirectory = DataDirectory.fromEnvironment();
                BenchDatabase database = BenchDatabase.fromEnvironment();
                ConfigurableApplicationContext context = BenchMain.start(dataDirectory, database, settings)) {
            CommandGateway commands = context.getBean(CommandGateway.class);
            DataSource dataSource = context.getBean(DataSource.class);
            ReadSide readSide = new ReadSide(context.getBean(EventProcessingConfiguration.class), dataSource);
            int count = settings.count();

            ScenarioResult baseline;
            try (RawInsertBaseline raw = new RawInsertBaseline(dataSource)) {
                progress.println("baseline: " + count + " raw inserts, 32 in flight");
                baseline = ClosedLoopRunner.run("raw insert (1 row/tx)", BenchSettings.HIGH_IN_FLIGHT,
                        settings.warmUp(), count, raw.insert());
            }

            progress.println("setup: " + count + " active subscriptions");
            ScenarioResult setup = ClosedLoopRunner.run("sell and activate a subscription",
                    BenchSettings.HIGH_IN_FLIGHT, 0, count, sale(commands, context.getBean(SecretCipher.class)));
            long caughtUp = readSide.awaitAllProcessors(System.nanoTime(), settings.catchUpTimeout());
            if (caughtUp < 0) {
                throw new IllegalStateException("the read side did not catch up within " + settings.catchUpTimeout());
            }

            progress.println("billing run over " + count + " subscriptions");
            long started = System.nanoTime();
            BillingRunCounts outcome = runToTheEnd(commands, context.getBean(EventStore.class));
            double seconds = (System.nanoTime() - started) / 1e9;

            double perSecond = outcome.issued() / seconds;
            out.printf("raw insert (1 row/tx), 32 in flight:   %,10.0f rows/s%n", baseline.opsPerSecond());
            out.printf("setup (sell + activate), 32 in flight: %,10.0f subscriptions/s%n", setup.opsPerSecond());
            out.printf("billing run: %,d subscriptions, %,d invoiced, %,d failed in %.1f s = %,.0f invoices/s"
                    + " (%.2f × raw inserts/s)%n", outcome.total(), outcome.issued(), outcome.failed(), seconds,
                    perSecond, perSecond / baseline.opsPerSecond());
            out.printf("goal 100 000 in ≤ 60 s needs ≥ %,.0f invoices/s: %s%n", GOAL_PER_SECOND,
                    perSecond >= GOAL_PER_SECOND ? "met" : "NOT met");
        }
    }

    /**
     * Starts a run as the daily schedule does and waits for the run's last event, read from the event store
     * (the billing saga carries the run out as a db-scheduler task; the read model would only add its lag).
     */
    private static BillingRunCounts runToTheEnd(CommandGateway commands, EventStore events) throws InterruptedException {
        long run = Ids.next();
        commands.sendAndWait(new StartBillingRun(run, RUN_DATE, null));
        while (true) {
            for (var stream = events.readEvents(String.valueOf(run)); stream.hasNext(); ) {
                Object event = stream.next().getPayload();
                if (event instanceof BillingRunFinished finished) {
                    return finished.counts();
                }
                if (event instanceof BillingRunFailed failed) {
                    throw new IllegalStateException("the billing run failed: " + failed.reason());
                }
            }
            Thread.sleep(20);
        }
    }

    /** Each operation sells one subscription on a shared plan and router and activates it. */
    private static Operation sale(CommandGateway commands, SecretCipher secrets) {
        long plan = Ids.next();
        commands.sendAndWait(new CreateServicePlan(plan, new PlanTerms("Bench 20M", null, Money.parse("150000"),
                BillingCycle.MONTHLY, 20_000, 10_000, null, DataUnit.UNLIMITED, 1, Map.of())));
        // No router here: its accounts are "managed by hand", so activating does not start provisioning
        // (the provisioning bench measures that); the books are the same.
        long nas = Ids.next();
        commands.sendAndWait(new RegisterNasServer(nas, new NasConnection("Bench POP", "10.99.0.1", 8728,
                "netledger", ApiType.ROUTEROS_V7, false, null, Map.of("provisioning", "manual")),
                secrets.seal("bench-router-pw")));
        var password = secrets.seal("bench-pppoe-pw");
        AtomicLong sold = new AtomicLong();
        long[] customer = {0};
        return () -> {
            long n = sold.getAndIncrement();
            long customerId;
            synchronized (customer) {
                if (n % SUBSCRIPTIONS_PER_CUSTOMER == 0 || customer[0] == 0) {
                    customer[0] = Ids.next();
                    commands.sendAndWait(new RegisterCustomer(customer[0], null, new CustomerDetails(
                            "Bench " + n, null, null, null, null, null, null, null, null), START));
                }
                customerId = customer[0];
            }
            long subscription = Ids.next();
            commands.sendAndWait(new CreateSubscription(subscription, customerId, plan, nas, "bench-" + n, password,
                    START));
            commands.sendAndWait(new ActivateSubscription(subscription, null, START.plusMonths(1)));
        };
    }
}
