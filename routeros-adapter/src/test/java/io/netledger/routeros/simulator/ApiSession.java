package io.netledger.routeros.simulator;

import io.netledger.routeros.wire.ProtocolViolation;
import io.netledger.routeros.wire.Sentence;
import io.netledger.routeros.wire.WordCodec;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One API connection: login first, then commands answered in the order they arrive, each
 * reply carrying the command's {@code .tag}. A streaming command keeps answering from the
 * simulator's ticker until {@code /cancel} stops it or the connection ends.
 */
final class ApiSession implements Runnable {

    static final String LOGIN_FAILED = "invalid user name or password (6)";

    private final Socket socket;
    private final SimulatedRouter router;
    private final Consumer<ApiSession> onClose;
    private final Map<String, Monitoring> running = new ConcurrentHashMap<>();
    private final AtomicLong untagged = new AtomicLong();
    private ReplyChannel replies;
    private boolean loggedIn;
    private LoginChallenge challenge;

    ApiSession(Socket socket, SimulatedRouter router, Consumer<ApiSession> onClose) {
        this.socket = socket;
        this.router = router;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        try (socket) {
            replies = new ReplyChannel(new BufferedOutputStream(socket.getOutputStream()));
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (Optional<List<String>> words = WordCodec.readSentence(in); words.isPresent();
                    words = WordCodec.readSentence(in)) {
                if (answer(words.get()) == Outcome.CLOSE) {
                    break;
                }
            }
        } catch (IOException e) {
            // The client went away, sent bytes that are not the API, or the simulator is closing:
            // a router just drops such a connection.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.values().forEach(Monitoring::stopQuietly);
            onClose.accept(this);
        }
    }

    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** After a fault: answer the command normally, it has had its answer (or none), or end the connection. */
    private enum Outcome { ANSWER, ANSWERED, CLOSE }

    private Outcome answer(List<String> words) throws IOException, InterruptedException {
        String command = words.get(0);
        router.commandLog().add(command);
        Optional<String> tag = words.stream().filter(word -> word.startsWith(".tag=")).findFirst()
                .map(word -> word.substring(".tag=".length()));
        sleep(router.faults().latency());
        Sentence request;
        try {
            request = Sentence.parse(words);
        } catch (ProtocolViolation e) {
            trap(new RouterTrap(e.getMessage()), tag);
            return Outcome.ANSWERED;
        }
        boolean login = command.equals("/login");
        if (!login && !loggedIn) {
            trap(new RouterTrap("not logged in"), tag);
            return Outcome.ANSWERED;
        }
        Optional<Fault> fault = router.faults().next(command);
        if (fault.isPresent()) {
            Outcome outcome = meet(fault.get(), tag);
            if (outcome != Outcome.ANSWER) {
                return outcome;
            }
        }
        return login ? login(request, tag) : execute(request, tag);
    }

    private Outcome meet(Fault fault, Optional<String> tag) throws IOException, InterruptedException {
        if (fault instanceof Fault.Trap trap) {
            trap(new RouterTrap(trap.message(), trap.category()), tag);
            return Outcome.ANSWERED;
        }
        if (fault instanceof Fault.Fatal fatal) {
            replies.send(Sentence.fatal(fatal.message()), Optional.empty());
            return Outcome.CLOSE;
        }
        if (fault instanceof Fault.Delay delay) {
            sleep(delay.delay());
            return Outcome.ANSWER;
        }
        return fault instanceof Fault.DropConnection ? Outcome.CLOSE : Outcome.ANSWERED;
    }

    private Outcome login(Sentence request, Optional<String> tag) throws IOException {
        Map<String, String> given = request.attributes();
        SimulatorConfig config = router.config();
        boolean accepted;
        if (router.version().usesChallengeLogin()) {
            String response = given.get("response");
            if (response == null) {
                // Also the answer to the 6.43 style =name= =password=, which these versions ignore;
                // that is how clients tell which login a router wants.
                challenge = LoginChallenge.issue();
                replies.send(Replies.done(challenge.ret()), tag);
                return Outcome.ANSWERED;
            }
            accepted = challenge != null && config.username().equals(given.get("name"))
                    && challenge.accepts(config.password(), response);
            challenge = null;
        } else {
            accepted = config.username().equals(given.get("name")) && config.password().equals(given.get("password"));
        }
        String user = "user " + given.getOrDefault("name", "") + " ";
        String from = "from " + socket.getInetAddress().getHostAddress() + " via api";
        if (!accepted) {
            router.state().log("system,error,critical", "login failure for " + user + from);
            trap(new RouterTrap(LOGIN_FAILED), tag);
            return Outcome.CLOSE;
        }
        loggedIn = true;
        router.state().log("system,info,account", user + "logged in " + from);
        replies.send(Replies.done(), tag);
        return Outcome.ANSWERED;
    }

    private Outcome execute(Sentence request, Optional<String> tag) throws IOException {
        switch (request.word()) {
            case "/cancel" -> {
                cancel(request.attributes().get("tag"));
                replies.send(Replies.done(), tag);
                return Outcome.ANSWERED;
            }
            case "/quit" -> {
                replies.send(Sentence.fatal("session terminated on request"), Optional.empty());
                return Outcome.CLOSE;
            }
            default -> {
                try {
                    run(request, tag);
                } catch (RouterTrap trap) {
                    trap(trap, tag);
                }
                return Outcome.ANSWERED;
            }
        }
    }

    private void run(Sentence request, Optional<String> tag) throws RouterTrap, IOException {
        if (!request.word().startsWith("/")) {
            throw new RouterTrap("no such command"); // a reply word such as !done sent as a command
        }
        CommandPath path = CommandPath.of(request.word());
        Menu menu = Menus.at(path.menu()).orElseThrow(() -> new RouterTrap("no such command prefix"));
        if (!menu.has(path.command())) {
            throw new RouterTrap("no such command");
        }
        if (menu == Menus.INTERFACE && path.command().equals("monitor-traffic")) {
            monitor(request, tag);
            return;
        }
        for (Sentence reply : router.commands().execute(menu, path.command(), request)) {
            replies.send(reply, tag);
        }
    }

    private void monitor(Sentence request, Optional<String> tag) throws RouterTrap, IOException {
        List<String> interfaces = router.monitor().interfaces(request);
        Optional<List<String>> proplist = Replies.proplist(request);
        if (TrafficMonitor.once(request)) {
            for (Sentence sample : router.monitor().sample(interfaces, proplist)) {
                replies.send(sample, tag);
            }
            replies.send(Replies.done(), tag);
            return;
        }
        Monitoring monitoring = new Monitoring(interfaces, proplist, tag);
        Monitoring replaced = running.put(tag.orElseGet(() -> "untagged " + untagged.incrementAndGet()), monitoring);
        if (replaced != null) {
            replaced.stopQuietly();
        }
        monitoring.start();
    }

    /** {@code /cancel =tag=N} stops that command; {@code /cancel} alone stops all of them. */
    private void cancel(String tag) throws IOException {
        for (String key : tag == null ? List.copyOf(running.keySet()) : List.of(tag)) {
            Monitoring monitoring = running.remove(key);
            if (monitoring != null) {
                monitoring.interrupt();
            }
        }
    }

    private void trap(RouterTrap trap, Optional<String> tag) throws IOException {
        replies.send(trap.toSentence(), tag);
        replies.send(Replies.done(), tag);
    }

    private static void sleep(Duration duration) throws InterruptedException {
        if (!duration.isZero()) {
            Thread.sleep(duration.toMillis());
        }
    }

    /** A running {@code monitor-traffic}: a sample every second until interrupted. */
    private final class Monitoring {
        private final List<String> interfaces;
        private final Optional<List<String>> proplist;
        private final Optional<String> tag;
        private ScheduledFuture<?> ticks;
        private boolean stopped;

        private Monitoring(List<String> interfaces, Optional<List<String>> proplist, Optional<String> tag) {
            this.interfaces = interfaces;
            this.proplist = proplist;
            this.tag = tag;
        }

        synchronized void start() {
            ticks = router.ticker().scheduleAtFixedRate(this::tick, 0, 1, TimeUnit.SECONDS);
        }

        private synchronized void tick() {
            if (stopped) {
                return;
            }
            try {
                for (Sentence sample : router.monitor().sample(interfaces, proplist)) {
                    replies.send(sample, tag);
                }
            } catch (IOException e) {
                stopQuietly();
            }
        }

        /** Ends the command as the router does on {@code /cancel}: a category 2 trap, then {@code !done}. */
        synchronized void interrupt() throws IOException {
            if (stopped) {
                return;
            }
            stopQuietly();
            replies.send(new RouterTrap("interrupted", RouterTrap.INTERRUPTED).toSentence(), tag);
            replies.send(Replies.done(), tag);
        }

        synchronized void stopQuietly() {
            stopped = true;
            if (ticks != null) {
                ticks.cancel(false);
            }
        }
    }
}
