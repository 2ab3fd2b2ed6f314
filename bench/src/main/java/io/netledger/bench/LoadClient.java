package io.netledger.bench;

import io.netledger.api.customer.CustomerDetails;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of the {@code http} scenario, in a JVM of its own so that its threads, heap and
 * garbage collector are not the server's ({@code load-client --mode=post|get|path ...}, started by
 * {@link LoadClientProcess}). C closed-loop clients, each sending its next request when the last was
 * answered in full, send an uncounted warm-up and then a fixed number of requests. Only 2xx answers
 * count as done and enter the latencies; every other status and every I/O failure is counted apart.
 * The result goes to stdout as {@code result.<key>=<value>} lines; the token comes in the environment
 * so that it stays out of {@code ps}. The client exits when its parent's end of stdin closes, so a
 * killed bench leaves no client behind.
 */
final class LoadClient {

    static final String TOKEN_VARIABLE = "NETLEDGER_BENCH_TOKEN";
    static final String RESULT_PREFIX = "result.";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"(\\d+)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI customers;
    private final String token;
    private final boolean post;
    /** In mode {@code path}, the one URI every request GETs; null otherwise. */
    private final URI fixed;
    private final AtomicLong nextCustomer;
    private final long[] ids;
    private final ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();

    private LoadClient(URI customers, String token, boolean post, URI fixed, long firstCustomer, long[] ids) {
        this.customers = customers;
        this.token = token;
        this.post = post;
        this.fixed = fixed;
        this.nextCustomer = new AtomicLong(firstCustomer);
        this.ids = ids;
    }

    static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("load-client takes --name=value arguments, not " + arg);
            }
            options.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        String token = System.getenv(TOKEN_VARIABLE);
        if (token == null || token.isBlank()) {
            throw new IllegalStateException(TOKEN_VARIABLE + " must hold a bearer token");
        }
        exitWhenParentGoes();
        String mode = required(options, "mode");
        if (!List.of("post", "get", "path").contains(mode)) {
            throw new IllegalArgumentException("--mode is post, get or path");
        }
        boolean post = mode.equals("post");
        URI fixed = mode.equals("path") ? URI.create(required(options, "base") + required(options, "path")) : null;
        long[] ids = !mode.equals("get") ? new long[0]
                : Files.readAllLines(Path.of(required(options, "ids-in"))).stream().mapToLong(Long::parseLong).toArray();
        if (mode.equals("get") && ids.length == 0) {
            throw new IllegalArgumentException("no customer ids to read in " + options.get("ids-in"));
        }
        LoadClient client = new LoadClient(URI.create(required(options, "base") + "/api/v1/customers"), token, post,
                fixed, Long.parseLong(options.getOrDefault("first", "0")), ids);
        int clients = Integer.parseInt(required(options, "clients"));
        int warmUp = Integer.parseInt(options.getOrDefault("warmup", "0"));
        int count = Integer.parseInt(required(options, "count"));

        Tally ignored = new Tally(0);
        client.execute(clients, warmUp, ignored);
        Tally tally = new Tally(count);
        long elapsed = client.execute(clients, count, tally);
        long endedAt = System.currentTimeMillis();
        if (post && options.containsKey("ids-out")) {
            Files.write(Path.of(options.get("ids-out")), client.created);
        }
        tally.print(System.out, elapsed, endedAt, ignored);
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("load-client needs --" + name + "=");
        }
        return value;
    }

    /** The parent holds our stdin open for as long as it lives; end of file means it is gone. */
    private static void exitWhenParentGoes() {
        Thread watcher = new Thread(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // nothing is ever sent; read until the pipe closes
                }
            } catch (IOException e) {
                // a broken pipe says the same as end of file
            }
            System.err.println("load-client: the bench is gone, stopping");
            Runtime.getRuntime().halt(3);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Sends {@code count} requests from {@code clients} threads; answers the wall-clock nanoseconds. */
    private long execute(int clients, int count, Tally tally) throws InterruptedException {
        if (count == 0) {
            return 0;
        }
        AtomicInteger remaining = new AtomicInteger(count);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>(clients);
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                ready.countDown();
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                while (remaining.getAndDecrement() > 0) {
                    once(tally);
                }
            }, "client-" + i);
            thread.start();
            threads.add(thread);
        }
        ready.await();
        long begin = System.nanoTime();
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return System.nanoTime() - begin;
    }

    private void once(Tally tally) {
        HttpRequest request = post ? create() : fixed != null ? fixedRead() : read();
        long begin = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = System.nanoTime() - begin;
            int status = response.statusCode();
            if (status / 100 == 2) {
                tally.done(status, elapsed);
                if (post) {
                    Matcher id = ID.matcher(response.body());
                    if (id.find()) {
                        created.add(id.group(1));
                    }
                }
            } else {
                tally.refused(status, request.method() + " " + request.uri() + " answered " + status + ": "
                        + response.body());
            }
        } catch (IOException e) {
            tally.failed(request.method() + " " + request.uri() + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tally.failed("interrupted");
        }
    }

    private HttpRequest create() {
        return authorised(HttpRequest.newBuilder(customers))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(IndonesianNames.customer(nextCustomer.getAndIncrement()))))
                .build();
    }

    private HttpRequest read() {
        long id = ids[ThreadLocalRandom.current().nextInt(ids.length)];
        return authorised(HttpRequest.newBuilder(URI.create(customers + "/" + id))).GET().build();
    }

    private HttpRequest fixedRead() {
        return authorised(HttpRequest.newBuilder(fixed)).GET().build();
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder builder) {
        return builder.timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    /** The request body a back-office app sends for a new customer. */
    static String body(CustomerDetails customer) {
        StringBuilder json = new StringBuilder("{");
        field(json, "name", customer.name());
        field(json, "email", customer.email());
        field(json, "phone", customer.phone());
        field(json, "address", customer.address());
        field(json, "city", customer.city());
        return json.append('}').toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        if (value == null) {
            return;
        }
        if (json.length() > 1) {
            json.append(',');
        }
        json.append('"').append(name).append("\":\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }

    /** What the requests of one phase came to: latencies of the 2xx answers, every status, every failure. */
    private static final class Tally {

        private final LatencyRecorder latencies;
        private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        private final AtomicInteger failures = new AtomicInteger();
        private final AtomicReference<String> firstProblem = new AtomicReference<>();

        Tally(int capacity) {
            this.latencies = new LatencyRecorder(capacity);
        }

        void done(int status, long nanos) {
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (latencies.capacity() > 0) {
                latencies.record(nanos);
            }
        }

        void refused(int status, String problem) {
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            firstProblem.compareAndSet(null, problem);
        }

        void failed(String problem) {
            failures.incrementAndGet();
            firstProblem.compareAndSet(null, problem);
        }

        int notDone() {
            return statuses.entrySet().stream().filter(e -> e.getKey() / 100 != 2)
                    .mapToInt(e -> e.getValue().get()).sum() + failures.get();
        }

        void print(PrintStream out, long elapsedNanos, long endedAtMillis, Tally warmUp) {
            out.println(RESULT_PREFIX + "ok=" + latencies.count());
            out.println(RESULT_PREFIX + "ended-at=" + endedAtMillis);
            out.println(RESULT_PREFIX + "seconds=" + elapsedNanos / 1e9);
            out.println(RESULT_PREFIX + "p50=" + latencies.percentileMillis(50));
            out.println(RESULT_PREFIX + "p99=" + latencies.percentileMillis(99));
            out.println(RESULT_PREFIX + "max=" + latencies.percentileMillis(100));
            out.println(RESULT_PREFIX + "statuses=" + String.join(",", new TreeMap<>(statuses).entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue().get()).toList()));
            out.println(RESULT_PREFIX + "failures=" + failures.get());
            out.println(RESULT_PREFIX + "warmup-not-2xx=" + warmUp.notDone());
            String problem = firstProblem.get() != null ? firstProblem.get() : warmUp.firstProblem.get();
            if (problem != null) {
                out.println(RESULT_PREFIX + "first-problem=" + problem.replaceAll("\\s+", " "));
            }
            out.flush();
        }
    }
}
