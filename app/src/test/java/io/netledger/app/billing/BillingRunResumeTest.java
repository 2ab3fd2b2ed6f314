package io.netledger.app.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.NetLedgerApplication;
import io.netledger.api.Ids;
import io.netledger.api.IspCalendar;
import io.netledger.api.Money;
import io.netledger.api.billing.StartBillingRun;
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
import io.netledger.app.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A billing run is persistent work: shut the node down in the middle of a run, start it again, and the run
 * goes on where it stopped, with every subscription invoiced once and counts that say so. Pages of fifty and
 * invoices one per transaction make the run long enough to be cut short in the middle of a page.
 */
class BillingRunResumeTest {

    private static final int SUBSCRIPTIONS = 150;
    private static final long PAGE = 50;

    @TempDir
    Path dataDir;

    @Test
    void aRunCutShortByAShutdownGoesOnAfterTheRestartAndInvoicesEachSubscriptionOnce() {
        String url = TestDatabase.createDatabase();
        JdbcTemplate database = new JdbcTemplate(new DriverManagerDataSource(url, TestDatabase.user(),
                TestDatabase.password()));
        long run = Ids.next();
        Duration shutdown;
        try (ConfigurableApplicationContext first = start(url)) {
            sell(first, SUBSCRIPTIONS);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> database.queryForObject(
                    "select count(*) from customer_subscriptions where status = 'active'", Integer.class)
                    == SUBSCRIPTIONS);
            LocalDate today = first.getBean(IspCalendar.class).today();
            first.getBean(CommandGateway.class).sendAndWait(new StartBillingRun(run, today, null));
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> invoicesOf(database, run) >= 10);
            long closing = System.nanoTime();
            first.close();
            shutdown = Duration.ofNanos(System.nanoTime() - closing);
        }
        assertThat(shutdown).as("graceful shutdown with a run in progress").isLessThan(Duration.ofSeconds(10));
        long issuedBeforeTheStop = invoicesOf(database, run);
        assertThat(issuedBeforeTheStop).as("cut short").isLessThan(SUBSCRIPTIONS);
        assertThat(database.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%BillingRunProgressed'", Integer.class, String.valueOf(run)) * PAGE)
                .as("cut short in the middle of a page: some of its invoices were issued but not recorded")
                .isLessThan(issuedBeforeTheStop);
        assertThat(database.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ? "
                + "and payload_type like '%BillingRunFailed'", Integer.class, String.valueOf(run)))
                .as("a shutdown does not fail the run").isZero();
        assertThat(database.queryForObject("select count(*) from scheduled_tasks where task_name = 'billing-run' "
                + "and task_instance = ? and not picked", Integer.class, String.valueOf(run)))
                .as("its execution waits for the next node").isEqualTo(1);

        try (ConfigurableApplicationContext second = start(url)) {
            Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                    .until(() -> "finished".equals(status(database, run)));
            Map<String, Object> counts = database.queryForMap(
                    "select total, issued, already_billed, skipped, failed from billing_runs where id = ?", run);
            assertThat(counts).as("counts as if never interrupted: this run's invoices are not 'billed already'")
                    .containsEntry("total", SUBSCRIPTIONS).containsEntry("issued", SUBSCRIPTIONS)
                    .containsEntry("already_billed", 0).containsEntry("skipped", 0).containsEntry("failed", 0);
            assertThat(invoicesOf(database, run)).isEqualTo(SUBSCRIPTIONS);
            List<Integer> perSubscription = database.queryForList("""
                    select count(*) from domain_event_entry where payload_type like '%InvoiceIssued'
                    group by substring(convert_from(payload, 'UTF8') from '"subscriptionId":([0-9]+)')""",
                    Integer.class);
            assertThat(perSubscription).as("one invoice per subscription").hasSize(SUBSCRIPTIONS)
                    .containsOnly(1);
        }
    }

    private ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(NetLedgerApplication.class).web(WebApplicationType.NONE).run(
                "--netledger.db.url=" + url,
                "--netledger.db.user=" + TestDatabase.user(),
                "--netledger.db.password=" + TestDatabase.password(),
                "--netledger.db.pool-size=16",
                "--netledger.data-dir=" + dataDir,
                "--netledger.admin.password=resume-admin-pw",
                "--netledger.routers.provisioning=manual",
                "--netledger.deadlines.polling-interval=500ms",
                "--netledger.billing.page-size=" + PAGE,
                "--netledger.billing.batch-size=1");
    }

    private static long invoicesOf(JdbcTemplate database, long run) {
        return database.queryForObject("""
                select count(*) from domain_event_entry where payload_type like '%InvoiceIssued'
                and convert_from(meta_data, 'UTF8') like ?""", Long.class, "%\"billingRunId\":\"" + run + "\"%");
    }

    private static String status(JdbcTemplate database, long run) {
        List<String> status = database.queryForList("select status from billing_runs where id = ?", String.class,
                run);
        return status.isEmpty() ? null : status.get(0);
    }

    /** Subscriptions on a router managed by hand, so activating one provisions nothing. */
    private static void sell(ConfigurableApplicationContext context, int count) {
        CommandGateway commands = context.getBean(CommandGateway.class);
        SecretCipher secrets = context.getBean(SecretCipher.class);
        LocalDate start = context.getBean(IspCalendar.class).today().minusDays(14);
        long plan = Ids.next();
        commands.sendAndWait(new CreateServicePlan(plan, new PlanTerms("Resume 20M", null, Money.parse("150000"),
                BillingCycle.MONTHLY, 20_000, 10_000, null, DataUnit.UNLIMITED, 1, Map.of())));
        long nas = Ids.next();
        commands.sendAndWait(new RegisterNasServer(nas, new NasConnection("Resume POP", "10.98.0.1", 8728,
                "netledger", ApiType.ROUTEROS_V7, false, null, Map.of("provisioning", "manual")),
                secrets.seal("resume-router-pw")));
        var password = secrets.seal("resume-pppoe-pw");
        long customer = 0;
        for (int n = 0; n < count; n++) {
            if (n % 10 == 0) {
                customer = Ids.next();
                commands.sendAndWait(new RegisterCustomer(customer, null, new CustomerDetails("Resume " + n, null,
                        null, null, null, null, null, null, null), start));
            }
            long subscription = Ids.next();
            commands.sendAndWait(new CreateSubscription(subscription, customer, plan, nas, "resume-" + n, password,
                    start));
            commands.sendAndWait(new ActivateSubscription(subscription, null, start.plusMonths(1)));
        }
    }
}
