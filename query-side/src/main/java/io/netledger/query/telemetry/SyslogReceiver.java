package io.netledger.query.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netledger.api.IspCalendar;
import io.netledger.api.telemetry.RouterLogLine;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives routers' remote logging as BSD syslog over UDP on {@code NETLEDGER_SYSLOG_PORT} (off when unset; 0
 * picks a free port, for tests) and stores each line of a registered NAS in {@code network_logs}. A datagram
 * from an address that is no active NAS's is dropped and counted, never stored (ADR 0023).
 *
 * <p>One thread receives and hands lines to bounded queues, one a writer ({@code netledger.syslog.writers}, 2),
 * each NAS always to the same one, so that a router's lines are stored in the order it sent them; writers take
 * them in batches (up to {@link #BATCH} lines or {@link #LINGER}), one transaction and one insert per NAS and
 * batch. UDP has no back-pressure: when the writers fall behind by a whole queue, lines are dropped and counted
 * rather than held without limit.
 */
@Component
class SyslogReceiver implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SyslogReceiver.class);
    static final int BATCH = 2_000;
    private static final Duration LINGER = Duration.ofMillis(200);
    private static final int QUEUE = 200_000;

    private record Received(long nasServerId, RouterLogLine line, Instant at) {
    }

    private final Integer port;
    private final ConfigurableEnvironment environment;
    private final String bind;
    private final SyslogSenders senders;
    private final NetworkLogWriter writer;
    private final TransactionTemplate transactions;
    private final IspCalendar calendar;
    private final List<BlockingQueue<Received>> queues = new ArrayList<>();
    private final Counter received;
    private final Counter stored;
    private final Counter strangers;
    private final Counter ambiguous;
    private final Counter unreadable;
    private final Counter overflow;
    private volatile DatagramSocket socket;
    private volatile boolean running;
    private final int writers;
    private Thread receiving;
    private final List<Thread> writing = new ArrayList<>();

    SyslogReceiver(@Value("${netledger.syslog.port:#{null}}") Integer port,
                   @Value("${netledger.syslog.bind:0.0.0.0}") String bind,
                   @Value("${netledger.syslog.writers:2}") int writers, JdbcTemplate jdbc,
                   PlatformTransactionManager transactionManager, IspCalendar calendar, MeterRegistry registry,
                   ConfigurableEnvironment environment) {
        this.port = port;
        this.environment = environment;
        this.writers = Math.max(1, writers);
        for (int i = 0; i < this.writers; i++) {
            queues.add(new ArrayBlockingQueue<>(Math.max(1, QUEUE / this.writers)));
        }
        this.bind = bind;
        this.senders = new SyslogSenders(jdbc);
        this.writer = new NetworkLogWriter(jdbc, calendar.zone());
        this.transactions = new TransactionTemplate(transactionManager);
        this.calendar = calendar;
        this.received = registry.counter("netledger.syslog.received");
        this.stored = registry.counter("netledger.syslog.stored");
        this.strangers = registry.counter("netledger.syslog.dropped", "reason", "unknown_sender");
        this.ambiguous = registry.counter("netledger.syslog.dropped", "reason", "ambiguous_sender");
        this.unreadable = registry.counter("netledger.syslog.dropped", "reason", "unreadable");
        this.overflow = registry.counter("netledger.syslog.dropped", "reason", "overflow");
    }

    @Override
    public void start() {
        if (port == null) {
            return;
        }
        try {
            DatagramSocket opened = new DatagramSocket(null);
            opened.setReuseAddress(true);
            // a burst of a few thousand lines waits in the kernel while the receiving thread catches up
            opened.setReceiveBufferSize(8 * 1024 * 1024);
            opened.bind(new InetSocketAddress(InetAddress.getByName(bind), port));
            socket = opened;
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen for syslog on " + bind + ":" + port, e);
        }
        // as local.server.port tells the web port: with port 0 (tests) this is where the receiver listens
        environment.getPropertySources().addFirst(new MapPropertySource("syslogReceiver",
                Map.of("local.syslog.port", socket.getLocalPort())));
        running = true;
        receiving = new Thread(this::receive, "syslog-receiver");
        receiving.setDaemon(true);
        receiving.start();
        // a writer waits on the database most of its time: a second one writes while the first waits
        for (int i = 1; i <= writers; i++) {
            BlockingQueue<Received> queue = queues.get(i - 1);
            Thread writer = new Thread(() -> write(queue), "syslog-writer-" + i);
            writer.setDaemon(true);
            writer.start();
            writing.add(writer);
        }
        log.info("Receiving syslog (BSD, RFC 3164) on UDP {}:{}", bind, socket.getLocalPort());
    }

    @Override
    public void stop() {
        running = false;
        DatagramSocket listening = socket;
        if (listening != null) {
            listening.close();
        }
        for (Thread writer : writing) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writing.clear();
        socket = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void receive() {
        byte[] buffer = new byte[BsdSyslog.MAX_BYTES + 1];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (running) {
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                log.warn("Receiving syslog failed: {}", e.getMessage());
                continue;
            }
            received.increment();
            Instant now = calendar.now();
            SyslogSenders.Sender sender = senders.of(packet.getAddress().getHostAddress(), now);
            if (sender.kind() != SyslogSenders.Kind.NAS) {
                (sender.kind() == SyslogSenders.Kind.AMBIGUOUS ? ambiguous : strangers).increment();
                continue;
            }
            Optional<RouterLogLine> line = BsdSyslog.parse(buffer, packet.getLength());
            if (line.isEmpty()) {
                unreadable.increment();
            } else if (!queues.get((int) Math.floorMod(sender.nasServerId(), writers))
                    .offer(new Received(sender.nasServerId(), line.get(), now))) {
                overflow.increment();
            }
        }
    }

    private void write(BlockingQueue<Received> queue) {
        List<Received> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Received first = queue.poll(LINGER.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                long until = System.nanoTime() + LINGER.toNanos();
                while (batch.size() < BATCH && System.nanoTime() < until) {
                    if (queue.drainTo(batch, BATCH - batch.size()) == 0) {
                        Thread.sleep(5);
                    }
                }
                store(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Storing {} syslog lines failed; they are lost: {}", batch.size(), e.getMessage(), e);
            } finally {
                batch.clear();
            }
        }
    }

    private void store(List<Received> batch) {
        Map<Long, List<Received>> byNas = new LinkedHashMap<>();
        batch.forEach(line -> byNas.computeIfAbsent(line.nasServerId(), nas -> new ArrayList<>()).add(line));
        transactions.executeWithoutResult(status -> byNas.forEach((nas, lines) -> {
            // one receipt time per NAS and batch: the line's own time is what occurred_at keeps
            writer.write(nas, lines.stream().map(Received::line).toList(), lines.get(lines.size() - 1).at());
        }));
        stored.increment(batch.size());
    }
}
