package io.netledger.genieacs.nbi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GenieACS northbound interface over HTTP, for tests and for trying NetLedger without an ACS (GenieACS needs
 * MongoDB, which cannot run here). It answers the routes NetLedger uses as GenieACS 1.2 answers them:
 * {@code GET|HEAD /devices/?query=&projection=&sort=&skip=&limit=} (with the {@code total} header),
 * {@code POST /devices/<id>/tasks[?connection_request][&timeout=]}, {@code GET /tasks/}, {@code DELETE /tasks/<id>},
 * {@code POST /tasks/<id>/retry}, {@code GET /faults/}, {@code DELETE /faults/<id>}, {@code POST|DELETE
 * /devices/<id>/tags/<tag>}, {@code DELETE /devices/<id>}; every answer carries {@code GenieACS-Version}.
 *
 * <p>A task sent with a connection request to a reachable device runs at once (200); to an unreachable one it
 * is queued (202 "Task queued but not processed") until the device informs ({@link AcsState#inform}); one that
 * ends in a CWMP fault answers 202 "Task faulted". GenieACS has no authentication of its own; deployments put
 * the NBI behind a proxy that checks a key, which the double plays when given one: a request without the key
 * in the configured header is answered 401, as such a proxy would.
 *
 * <p>Beside the NBI, {@code POST /_double/devices/<id>/inform}, {@code .../online} and {@code .../offline} let a
 * README walk-through or another process play the CPE; GenieACS itself has no such routes.
 */
public final class GenieAcsNbiDouble implements AutoCloseable {

    public static final String VERSION = "1.2.13";
    public static final String DEFAULT_KEY_HEADER = "X-API-Key";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DEVICE_TASKS = Pattern.compile("^/devices/([a-zA-Z0-9\\-_%]+)/tasks/?$");
    private static final Pattern TASKS = Pattern.compile("^/tasks/([a-zA-Z0-9\\-_%]+)(/[a-zA-Z_]*)?$");
    private static final Pattern TAGS = Pattern.compile("^/devices/([a-zA-Z0-9\\-_%]+)/tags/([a-zA-Z0-9\\-_%]+)/?$");
    private static final Pattern FAULTS = Pattern.compile("^/faults/([a-zA-Z0-9\\-_%:]+)/?$");
    private static final Pattern DEVICE = Pattern.compile("^/devices/([a-zA-Z0-9\\-_%]+)/?$");
    private static final Pattern COLLECTION = Pattern.compile("^/([a-zA-Z0-9_]+)/?$");
    private static final Pattern CONTROL = Pattern.compile("^/_double/devices/([a-zA-Z0-9\\-_%]+)/(inform|online|offline)$");

    private final HttpServer server;
    private final ExecutorService executor;
    private final AcsState state;
    private final String keyHeader;
    private final String apiKey;
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> requestsByRoute = new LinkedHashMap<>();

    private GenieAcsNbiDouble(HttpServer server, ExecutorService executor, AcsState state, String keyHeader,
            String apiKey) {
        this.server = server;
        this.executor = executor;
        this.state = state;
        this.keyHeader = keyHeader;
        this.apiKey = apiKey;
    }

    /** An open NBI on 127.0.0.1 at {@code port} (0 for any free one). */
    public static GenieAcsNbiDouble start(int port) throws IOException {
        return start(port, DEFAULT_KEY_HEADER, null);
    }

    /** An NBI that answers 401 unless {@code keyHeader} carries {@code apiKey}. */
    public static GenieAcsNbiDouble start(int port, String keyHeader, String apiKey) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "genieacs-nbi-double");
            thread.setDaemon(true);
            return thread;
        });
        GenieAcsNbiDouble nbi = new GenieAcsNbiDouble(server, executor, new AcsState(new DoubleClock()), keyHeader,
                apiKey);
        server.createContext("/", nbi::handle);
        server.setExecutor(executor);
        server.start();
        return nbi;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port());
    }

    public AcsState state() {
        return state;
    }

    /** Every request answered since the start (or the last {@link #resetCounts()}), the 401s included. */
    public long requests() {
        return requests.get();
    }

    /** Requests by {@code METHOD /collection}, e.g. {@code GET /devices}. */
    public synchronized Map<String, Long> requestsByRoute() {
        Map<String, Long> counts = new LinkedHashMap<>();
        requestsByRoute.forEach((route, count) -> counts.put(route, count.get()));
        return counts;
    }

    public synchronized void resetCounts() {
        requests.set(0);
        requestsByRoute.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            count(exchange);
            exchange.getResponseHeaders().set("GenieACS-Version", VERSION);
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if (apiKey != null && !apiKey.equals(exchange.getRequestHeaders().getFirst(keyHeader))) {
                text(exchange, 401, "Unauthorized");
                return;
            }
            try {
                route(exchange, exchange.getRequestURI().getRawPath(), query(exchange.getRequestURI()), body);
            } catch (NbiQuery.UnsupportedQuery | IllegalArgumentException e) {
                text(exchange, 400, e.getMessage());
            } catch (RuntimeException e) {
                text(exchange, 500, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }

    private synchronized void count(HttpExchange exchange) {
        String path = exchange.getRequestURI().getRawPath();
        int second = path.indexOf('/', 1);
        String route = exchange.getRequestMethod() + " " + (second < 0 ? path : path.substring(0, second));
        requestsByRoute.computeIfAbsent(route, r -> new AtomicLong()).incrementAndGet();
    }

    private void route(HttpExchange exchange, String path, Map<String, String> params, byte[] body)
            throws IOException {
        String method = exchange.getRequestMethod();
        Matcher m;
        if ((m = CONTROL.matcher(path)).matches()) {
            control(exchange, method, decode(m.group(1)), m.group(2));
        } else if ((m = TAGS.matcher(path)).matches()) {
            tag(exchange, method, decode(m.group(1)), decode(m.group(2)));
        } else if ((m = FAULTS.matcher(path)).matches()) {
            if (!method.equals("DELETE")) {
                notAllowed(exchange, "DELETE");
            } else {
                state.deleteFault(decode(m.group(1)));
                empty(exchange, 200);
            }
        } else if ((m = DEVICE_TASKS.matcher(path)).matches()) {
            if (!method.equals("POST")) {
                notAllowed(exchange, "POST");
            } else {
                deviceTask(exchange, decode(m.group(1)), params, body);
            }
        } else if ((m = TASKS.matcher(path)).matches()) {
            task(exchange, method, decode(m.group(1)), m.group(2));
        } else if ((m = DEVICE.matcher(path)).matches() && !path.equals("/devices/")) {
            if (!method.equals("DELETE")) {
                notAllowed(exchange, "DELETE");
            } else {
                state.remove(decode(m.group(1)));
                empty(exchange, 200);
            }
        } else if ((m = COLLECTION.matcher(path)).matches()) {
            if (!method.equals("GET") && !method.equals("HEAD")) {
                notAllowed(exchange, "GET, HEAD");
            } else {
                collection(exchange, m.group(1), params, method.equals("HEAD"));
            }
        } else {
            text(exchange, 404, "404 Not Found");
        }
    }

    private void control(HttpExchange exchange, String method, String deviceId, String action) throws IOException {
        Optional<SimulatedDevice> device = state.device(deviceId);
        if (!method.equals("POST")) {
            notAllowed(exchange, "POST");
        } else if (device.isEmpty()) {
            text(exchange, 404, "No such device");
        } else {
            switch (action) {
                case "online" -> device.get().online(true);
                case "offline" -> device.get().online(false);
                default -> state.inform(deviceId);
            }
            empty(exchange, 200);
        }
    }

    private void tag(HttpExchange exchange, String method, String deviceId, String tag) throws IOException {
        Optional<SimulatedDevice> device = state.device(deviceId);
        if (!method.equals("POST") && !method.equals("DELETE")) {
            notAllowed(exchange, "POST, DELETE");
        } else if (device.isEmpty()) {
            text(exchange, 404, "No such device");
        } else {
            if (method.equals("POST")) {
                device.get().tagged(tag);
            } else {
                device.get().untag(tag);
            }
            empty(exchange, 200);
        }
    }

    private void deviceTask(HttpExchange exchange, String deviceId, Map<String, String> params, byte[] body)
            throws IOException {
        boolean connectionRequest = params.containsKey("connection_request");
        ObjectNode task = null;
        if (body.length > 0) {
            JsonNode parsed;
            try {
                parsed = JSON.readTree(body);
            } catch (JsonProcessingException e) {
                text(exchange, 400, "SyntaxError: " + e.getOriginalMessage());
                return;
            }
            if (!parsed.isObject()) {
                text(exchange, 400, "a task is a JSON object");
                return;
            }
            task = (ObjectNode) parsed;
            TaskRules.check(task);
        }
        if (task == null && !connectionRequest) {
            empty(exchange, 400);
            return;
        }
        Optional<SimulatedDevice> device = state.device(deviceId);
        if (device.isEmpty()) {
            text(exchange, 404, "No such device");
            return;
        }
        if (task == null) {
            // A bare connection request: the device opens a session and runs what waits for it, if it can.
            if (!device.get().online()) {
                text(exchange, 504, "Connection request error: device unreachable");
                return;
            }
            state.inform(deviceId);
            empty(exchange, 200);
            return;
        }
        state.queue(deviceId, task);
        String taskId = task.get("_id").asText();
        if (!connectionRequest) {
            json(exchange, 202, null, task);
            return;
        }
        if (!device.get().online()) {
            json(exchange, 202, "Task queued but not processed", task);
            return;
        }
        state.inform(deviceId);
        if (state.fault(AcsState.faultId(deviceId, taskId)).isPresent()) {
            json(exchange, 202, "Task faulted", task);
        } else {
            json(exchange, 200, null, task);
        }
    }

    private void task(HttpExchange exchange, String method, String taskId, String action) throws IOException {
        Optional<String> deviceId = state.deviceOfTask(taskId);
        if (action == null || action.equals("/")) {
            if (!method.equals("DELETE")) {
                notAllowed(exchange, "PUT DELETE");
            } else if (deviceId.isEmpty()) {
                text(exchange, 404, "Task not found");
            } else {
                state.deleteTask(taskId);
                empty(exchange, 200);
            }
        } else if (action.equals("/retry")) {
            if (!method.equals("POST")) {
                notAllowed(exchange, "POST");
            } else if (deviceId.isEmpty()) {
                text(exchange, 404, "Task not found");
            } else {
                state.deleteFault(AcsState.faultId(deviceId.get(), taskId));
                empty(exchange, 200);
            }
        } else {
            empty(exchange, 404);
        }
    }

    private void collection(HttpExchange exchange, String name, Map<String, String> params, boolean head)
            throws IOException {
        List<JsonNode> documents;
        NbiQuery query;
        JsonNode parsed = params.containsKey("query") ? parse(params.get("query")) : JSON.createObjectNode();
        switch (name) {
            case "devices" -> {
                query = NbiQuery.devices(parsed);
                documents = new ArrayList<>();
                for (SimulatedDevice device : state.devices()) {
                    documents.add(device.document());
                }
            }
            case "tasks" -> {
                query = NbiQuery.plain(parsed);
                documents = state.tasks();
            }
            case "faults" -> {
                query = NbiQuery.plain(parsed);
                documents = state.faults();
            }
            default -> {
                text(exchange, 404, "404 Not Found");
                return;
            }
        }
        List<JsonNode> matching = new ArrayList<>();
        for (JsonNode document : documents) {
            if (query.matches(document)) {
                matching.add(document);
            }
        }
        sort(matching, params.get("sort"));
        int skip = params.containsKey("skip") ? Integer.parseInt(params.get("skip")) : 0;
        int limit = params.containsKey("limit") ? Integer.parseInt(params.get("limit")) : Integer.MAX_VALUE;
        Projection projection = Projection.of(params.get("projection"));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("total", String.valueOf(matching.size()));
        if (head) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        StringBuilder out = new StringBuilder("[\n");
        int end = (int) Math.min(matching.size(), (long) skip + limit);
        for (int i = Math.min(skip, matching.size()); i < end; i++) {
            if (out.length() > 2) {
                out.append(",\n");
            }
            out.append(JSON.writeValueAsString(projection.apply(matching.get(i))));
        }
        out.append("\n]");
        send(exchange, 200, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** GenieACS sorts devices on {@code <path>._value} for parameters; the double sorts on any field the same way. */
    private static void sort(List<JsonNode> documents, String sort) {
        if (sort == null) {
            return;
        }
        JsonNode fields = parse(sort);
        Comparator<JsonNode> order = null;
        for (var it = fields.fields(); it.hasNext(); ) {
            var field = it.next();
            String path = field.getKey();
            String pointer = "/" + (path.charAt(path.lastIndexOf('.') + 1) == '_' ? path : path + "._value")
                    .replace(".", "/");
            Comparator<JsonNode> one = Comparator.comparing(doc -> doc.at(pointer).asText(""));
            if (field.getValue().asInt(1) < 0) {
                one = one.reversed();
            }
            order = order == null ? one : order.thenComparing(one);
        }
        if (order != null) {
            documents.sort(order);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("SyntaxError: " + e.getOriginalMessage());
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            params.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    /** Path segments are decoded as JavaScript's {@code decodeURIComponent}: {@code +} stays a plus. */
    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static void notAllowed(HttpExchange exchange, String allow) throws IOException {
        exchange.getResponseHeaders().set("Allow", allow);
        text(exchange, 405, "405 Method Not Allowed");
    }

    /**
     * GenieACS says why a 202 is not a 200 ("Task queued but not processed", "Task faulted") only in the status
     * line's reason phrase, which the JDK's server cannot set; clients tell the two apart by the task's fault, as
     * they must with a real ACS behind a proxy that rewrites reason phrases.
     */
    private static void json(HttpExchange exchange, int status, String reason, JsonNode body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, status, JSON.writeValueAsBytes(body));
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain");
        send(exchange, status, (message == null ? "" : message).getBytes(StandardCharsets.UTF_8));
    }

    private static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        boolean body = bytes.length > 0 && !exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, body ? bytes.length : -1);
        if (body) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
