package io.netledger.bench;

import io.netledger.api.Ids;
import io.netledger.api.IspCalendar;
import io.netledger.api.Money;
import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.customer.RegisterCustomer;
import io.netledger.api.invoice.IssueInvoice;
import io.netledger.api.invoice.SendInvoice;
import io.netledger.api.nas.ApiType;
import io.netledger.api.nas.NasConnection;
import io.netledger.api.nas.RegisterNasServer;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.plan.CreateServicePlan;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.PlanTerms;
import io.netledger.api.secret.SecretCipher;
import io.netledger.api.subscription.CreateSubscription;
import io.netledger.api.provisioning.RouterOperation;
import io.netledger.api.provisioning.RouterWorkCompleted;
import io.netledger.routeros.simulator.RouterOsSimulator;
import io.netledger.routeros.simulator.SimulatorConfig;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Webhook → router-provisioned latency ({@code provisioning [--count=N] [--rate=R]}): N signed Tripay
 * {@code PAID} callbacks over HTTP at R per second (open loop: a slow answer does not slow the sender), each
 * for a pending subscription's invoice, timed from sending the callback until the saga has written the account
 * to a RouterOS simulator on a real port and recorded it ({@code RouterWorkCompleted}). Baselines from the
 * same run: one HTTP round trip to the same server, and one API round trip to the same router. The issue's
 * goal at 50 webhooks/s: p50 ≤ 150 ms, p99 ≤ 1 s.
 */
final class ProvisioningBench {

    static final double GOAL_P50_MS = 150;
    static final double GOAL_P99_MS = 1_000;
    private static final String TRIPAY_PRIVATE_KEY = "bench-tripay-private-key";
    private static final String ROUTER_USER = "netledger";
    private static final String ROUTER_PASSWORD = "bench-router-pw";
    private static final LocalDate START = IspCalendar.wib().today();

    private ProvisioningBench() {
    }

    static void run(String[] args) throws Exception {
        double rate = 50;
        List<String> rest = new ArrayList<>();
        boolean countGiven = false;
        boolean warmUpGiven = false;
        for (String arg : args) {
            if (arg.startsWith("--rate=")) {
                rate = Double.parseDouble(arg.substring("--rate=".length()));
            } else {
                countGiven |= arg.startsWith("--count=");
                warmUpGiven |= arg.startsWith("--warmup=");
                rest.add(arg);
            }
        }
        rest.add("--netledger.payments.tripay.private-key=" + TRIPAY_PRIVATE_KEY);
        rest.add("--netledger.payments.tripay.merchant-code=T0001");
        rest.add("--netledger.payments.tripay.api-key=bench");
        BenchSettings settings = BenchSettings.from(rest.toArray(String[]::new));
        int count = countGiven || System.getenv("BENCH_COUNT") != null ? settings.count() : 1_500;
        int warmUp = warmUpGiven || System.getenv("BENCH_WARMUP") != null ? settings.warmUp() : 100;
        if (rate <= 0 || rate > 1_000) {
            throw new IllegalArgumentException("--rate must be between 0 and 1000 webhooks/s");
        }
        PrintStream out = System.out;
        PrintStream progress = System.err;
        try (DataDirectory dataDirectory = DataDirectory.fromEnvironment();
                BenchDatabase database = BenchDatabase.fromEnvironment();
                RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults()
                        .withCredentials(ROUTER_USER, ROUTER_PASSWORD).withVersion("7.16"));
                ConfigurableApplicationContext context = BenchMain.startWithWebServer(dataDirectory, database,
                        settings)) {
            URI webhook = URI.create("http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer()
                    .getPort() + "/api/v1/webhooks/tripay");
            CommandGateway commands = context.getBean(CommandGateway.class);
            DataSource dataSource = context.getBean(DataSource.class);
            ReadSide readSide = new ReadSide(context.getBean(EventProcessingConfiguration.class), dataSource);

            progress.println("setup: " + (warmUp + count) + " pending subscriptions with a sent invoice each");
            List<Sale> sales = sell(commands, context.getBean(SecretCipher.class), router.port(), warmUp + count);
            if (readSide.awaitAllProcessors(System.nanoTime(), settings.catchUpTimeout()) < 0) {
                throw new IllegalStateException("the read side did not catch up within " + settings.catchUpTimeout());
            }

            Map<Long, Long> sentAt = new ConcurrentHashMap<>();
            LatencyRecorder latencies = new LatencyRecorder(count);
            CountDownLatch provisioned = new CountDownLatch(warmUp + count);
            List<Long> measured = sales.subList(warmUp, sales.size()).stream().map(Sale::subscriptionId).toList();
            Set<Long> timed = ConcurrentHashMap.newKeySet();
            timed.addAll(measured);
            context.getBean(EventStore.class).subscribe(messages -> messages.forEach(message -> {
                if (message.getPayload() instanceof RouterWorkCompleted done
                        && done.operation() == RouterOperation.PROVISION) {
                    Long started = sentAt.remove(done.subscriptionId());
                    if (started != null) {
                        if (timed.contains(done.subscriptionId())) {
                            latencies.record(System.nanoTime() - started);
                        }
                        provisioned.countDown();
                    }
                }
            }));

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            LatencyRecorder httpFloor = httpFloor(http, webhook, 200);
            LatencyRecorder routerFloor = routerFloor(router, 200);

            AtomicInteger refused = new AtomicInteger();
            progress.printf("warm-up: %d webhooks at %.0f/s%n", warmUp, rate);
            send(http, webhook, sales.subList(0, warmUp), rate, sentAt, refused);
            progress.printf("measured: %d webhooks at %.0f/s%n", count, rate);
            long started = System.nanoTime();
            send(http, webhook, sales.subList(warmUp, sales.size()), rate, sentAt, refused);
            double sendSeconds = (System.nanoTime() - started) / 1e9;
            boolean all = provisioned.await(settings.catchUpTimeout().toSeconds(), TimeUnit.SECONDS);

            out.printf("webhooks: %,d measured after %,d warm-up, sent at %.0f/s (took %.1f s), %d not answered 200%n",
                    count, warmUp, rate, sendSeconds, refused.get());
            out.printf("provisioned: %,d of %,d%s%n", latencies.count(), count, all ? "" : " (timed out waiting)");
            out.printf("webhook -> router provisioned: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    latencies.percentileMillis(50), latencies.percentileMillis(99), latencies.percentileMillis(100));
            out.printf("baseline, same run: HTTP round trip p50 %.1f ms, p99 %.1f ms; RouterOS API round trip"
                    + " p50 %.1f ms, p99 %.1f ms%n", httpFloor.percentileMillis(50), httpFloor.percentileMillis(99),
                    routerFloor.percentileMillis(50), routerFloor.percentileMillis(99));
            boolean met = all && latencies.percentileMillis(50) <= GOAL_P50_MS
                    && latencies.percentileMillis(99) <= GOAL_P99_MS;
            out.printf("goal p50 <= %.0f ms and p99 <= %.0f ms at %.0f webhooks/s: %s%n", GOAL_P50_MS, GOAL_P99_MS,
                    rate, met ? "met" : "NOT met");
        }
    }

    private record Sale(long subscriptionId, String invoiceNumber) {
    }

    /** A plan, a NAS on the simulator, and per sale a customer, a pending subscription and a sent invoice. */
    private static List<Sale> sell(CommandGateway commands, SecretCipher secrets, int routerPort, int n) {
        long plan = Ids.next();
        commands.sendAndWait(new CreateServicePlan(plan, new PlanTerms("Bench 20M", null, Money.parse("150000"),
                BillingCycle.MONTHLY, 20_000, 10_000, null, DataUnit.UNLIMITED, 1, Map.of())));
        long nas = Ids.next();
        commands.sendAndWait(new RegisterNasServer(nas, new NasConnection("Bench POP", "127.0.0.1", routerPort,
                ROUTER_USER, ApiType.ROUTEROS_V7, false, null, Map.of()), secrets.seal(ROUTER_PASSWORD)));
        var password = secrets.seal("bench-pppoe-pw");
        List<Sale> sales = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            long customer = Ids.next();
            commands.sendAndWait(new RegisterCustomer(customer, null, new CustomerDetails("Bench " + i, null, null,
                    null, null, null, null, null, null), START));
            long subscription = Ids.next();
            commands.sendAndWait(new CreateSubscription(subscription, customer, plan, nas, "bench-" + i, password,
                    START));
            long invoice = Ids.next();
            String number = commands.sendAndWait(new IssueInvoice(invoice, subscription, START, null, null, START,
                    null));
            commands.sendAndWait(new SendInvoice(invoice, null));
            sales.add(new Sale(subscription, number));
        }
        return sales;
    }

    /** One webhook every 1/rate s, whatever the answers do; returns once the last one was answered. */
    private static void send(HttpClient http, URI webhook, List<Sale> sales, double rate, Map<Long, Long> sentAt,
            AtomicInteger refused) throws InterruptedException {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch answered = new CountDownLatch(sales.size());
        AtomicInteger next = new AtomicInteger();
        long periodNanos = (long) (1e9 / rate);
        clock.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= sales.size()) {
                return;
            }
            Sale sale = sales.get(i);
            String body = callback(sale.invoiceNumber(), "BENCH-" + sale.subscriptionId());
            HttpRequest request = HttpRequest.newBuilder(webhook).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("X-Callback-Event", "payment_status")
                    .header("X-Callback-Signature", hmac(body))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            sentAt.put(sale.subscriptionId(), System.nanoTime());
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure != null || response.statusCode() != 200) {
                    refused.incrementAndGet();
                }
                answered.countDown();
            });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        answered.await(Math.max(60, (long) (sales.size() / rate) * 3), TimeUnit.SECONDS);
        clock.shutdownNow();
    }

    /** Tripay's documented callback for a closed payment through BRI virtual account, paid in full. */
    private static String callback(String invoiceNumber, String reference) {
        return """
                {"reference": "%s", "merchant_ref": "%s", "payment_method": "BRI Virtual Account",
                 "payment_method_code": "BRIVA", "total_amount": 170750, "fee_merchant": 0, "fee_customer": 4250,
                 "total_fee": 4250, "amount_received": 166500, "is_closed_payment": 1, "status": "PAID",
                 "paid_at": %d, "note": null}""".formatted(reference, invoiceNumber,
                System.currentTimeMillis() / 1000);
    }

    private static String hmac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TRIPAY_PRIVATE_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request the server answers without touching the books: a callback whose signature is wrong (401). */
    private static LatencyRecorder httpFloor(HttpClient http, URI webhook, int n) throws Exception {
        LatencyRecorder floor = new LatencyRecorder(n);
        for (int i = 0; i < n; i++) {
            HttpRequest request = HttpRequest.newBuilder(webhook).header("Content-Type", "application/json")
                    .header("X-Callback-Event", "payment_status").header("X-Callback-Signature", "0".repeat(64))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
            long started = System.nanoTime();
            http.send(request, HttpResponse.BodyHandlers.discarding());
            floor.record(System.nanoTime() - started);
        }
        return floor;
    }

    /** One print on a logged-in connection, as raw words over the socket. */
    private static LatencyRecorder routerFloor(RouterOsSimulator router, int n) throws Exception {
        LatencyRecorder floor = new LatencyRecorder(n);
        try (RawApiSession api = RawApiSession.open(router.port(), ROUTER_USER, ROUTER_PASSWORD)) {
            for (int i = 0; i < n; i++) {
                long started = System.nanoTime();
                api.print();
                floor.record(System.nanoTime() - started);
            }
        }
        return floor;
    }
}
