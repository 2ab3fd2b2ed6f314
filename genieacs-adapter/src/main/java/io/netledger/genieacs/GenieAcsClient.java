package io.netledger.genieacs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * GenieACS's northbound interface over HTTP/1.1: devices by query and projection, tasks pushed with a
 * connection request and followed to their end, faults, tags. It translates; what to push and when is the
 * caller's. Every call is counted in {@link #calls()}.
 */
public final class GenieAcsClient {

    /** How long GenieACS waits for the device's session after a connection request before it queues the task. */
    static final int SESSION_WAIT_MS = 3_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final NbiConnection connection;
    private final HttpClient http;
    private final NbiCalls calls = new NbiCalls();

    public GenieAcsClient(NbiConnection connection) {
        this.connection = connection;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connection.timeout()).build();
    }

    public NbiCalls calls() {
        return calls;
    }

    /** The version the ACS reports and how many devices it holds: one HEAD, no device sent. */
    public AcsStatus status() {
        HttpResponse<String> response = send("devices", request("/devices/").method("HEAD",
                HttpRequest.BodyPublishers.noBody()));
        expect(response, "count devices", 200);
        String version = response.headers().firstValue("GenieACS-Version").orElse("unknown");
        long total = response.headers().firstValue("total").map(GenieAcsClient::count).orElseThrow(
                () -> new NbiFailure(response.statusCode(), "the NBI answered no device count: is it GenieACS?"));
        return new AcsStatus(version, total);
    }

    /** A query matching devices whose last inform is after {@code since}. */
    public static ObjectNode informedAfter(Instant since) {
        ObjectNode query = JSON.createObjectNode();
        query.putObject("_lastInform").put("$gt", ISO.format(since));
        return query;
    }

    /** A query matching every device. */
    public static ObjectNode everyDevice() {
        return JSON.createObjectNode();
    }

    /** A query matching the one device of this id. */
    public static ObjectNode deviceWithId(DeviceId id) {
        return JSON.createObjectNode().put("_id", id.value());
    }

    /**
     * Every device matching {@code query}, in pages of {@code pageSize} in {@code _id} order, each page after the
     * last id seen (so a device added or dropped meanwhile shifts no page), with {@link AcsDevice#PROJECTION}.
     */
    public void forEachPage(ObjectNode query, int pageSize, Consumer<List<AcsDevice>> page) {
        forEachPage(query, List.of(), pageSize, page);
    }

    /** As {@link #forEachPage(ObjectNode, int, Consumer)}, projecting {@code extraParameters} as well. */
    public void forEachPage(ObjectNode query, List<String> extraParameters, int pageSize,
            Consumer<List<AcsDevice>> page) {
        List<String> projection = new ArrayList<>(AcsDevice.PROJECTION);
        extraParameters.stream().filter(path -> !projection.contains(path)).forEach(projection::add);
        if (pageSize < 1) {
            throw new IllegalArgumentException("a page holds at least one device");
        }
        String after = null;
        while (true) {
            ObjectNode paged = query;
            if (after != null) {
                paged = JSON.createObjectNode();
                ArrayNode and = paged.putArray("$and");
                and.add(query);
                and.addObject().putObject("_id").put("$gt", after);
            }
            List<AcsDevice> devices = devices(paged, projection, pageSize);
            if (!devices.isEmpty()) {
                page.accept(devices);
                after = devices.get(devices.size() - 1).id().value();
            }
            if (devices.size() < pageSize) {
                return;
            }
        }
    }

    /** Up to {@code limit} devices matching {@code query}, in {@code _id} order, with only {@code projection}. */
    public List<AcsDevice> devices(ObjectNode query, List<String> projection, int limit) {
        String path = "/devices/?query=" + encode(query.toString()) + "&projection=" + encode(String.join(",",
                projection)) + "&sort=" + encode("{\"_id\":1}") + "&limit=" + limit;
        HttpResponse<String> response = send("devices", request(path).GET());
        JsonNode array = json(expect(response, "list devices", 200));
        if (!array.isArray()) {
            throw new NbiFailure(200, "the NBI answered devices that are not a JSON array");
        }
        List<AcsDevice> devices = new ArrayList<>(array.size());
        array.forEach(document -> devices.add(AcsDevice.of(document)));
        return devices;
    }

    /**
     * Sends a task with a connection request. DONE when the device ran it in the session that request opened;
     * QUEUED when it could not be reached (it runs at the device's next inform); FAULTED when the device refused
     * it. A device GenieACS does not know is an {@link NbiFailure} with status 404.
     */
    public TaskOutcome push(DeviceId device, DeviceTask task) {
        HttpResponse<String> response = send("tasks", request("/devices/" + device.pathSegment()
                + "/tasks?timeout=" + SESSION_WAIT_MS + "&connection_request")
                .POST(HttpRequest.BodyPublishers.ofString(task.toJson(), StandardCharsets.UTF_8)));
        // Never the answer's body: a refusal may echo the task, and a task may carry a password.
        JsonNode body = json(expect(response, task.name() + " on " + device, false, 200, 202));
        String taskId = body.path("_id").asText("");
        if (taskId.isEmpty()) {
            throw new NbiFailure(response.statusCode(), "the NBI answered " + task.name() + " without a task id");
        }
        if (response.statusCode() == 200) {
            return TaskOutcome.done(taskId);
        }
        // GenieACS says "queued" or "faulted" only in the reason phrase; the fault itself is what can be relied on.
        return fault(device, taskId).map(fault -> TaskOutcome.faulted(taskId, fault))
                .orElseGet(() -> TaskOutcome.queued(taskId));
    }

    /** Where a task pushed earlier stands now: faulted, still queued, or done (GenieACS no longer holds it). */
    public TaskOutcome follow(DeviceId device, String taskId) {
        Optional<AcsFault> fault = fault(device, taskId);
        if (fault.isPresent()) {
            return TaskOutcome.faulted(taskId, fault.get());
        }
        HttpResponse<String> response = send("tasks", request("/tasks/?query="
                + encode(JSON.createObjectNode().put("_id", taskId).toString()) + "&projection=_id").GET());
        JsonNode tasks = json(expect(response, "find task " + taskId, 200));
        return tasks.isArray() && !tasks.isEmpty() ? TaskOutcome.queued(taskId) : TaskOutcome.done(taskId);
    }

    /** Clears a task's fault so the device runs it again at its next session; false when GenieACS has no such task. */
    public boolean retry(String taskId) {
        HttpResponse<String> response = send("tasks", request("/tasks/" + encode(taskId) + "/retry")
                .POST(HttpRequest.BodyPublishers.noBody()));
        return expect(response, "retry task " + taskId, 200, 404).statusCode() == 200;
    }

    /** Asks the device to open a session now; false when it could not be reached. */
    public boolean connectionRequest(DeviceId device) {
        HttpResponse<String> response = send("tasks", request("/devices/" + device.pathSegment()
                + "/tasks?connection_request").POST(HttpRequest.BodyPublishers.noBody()));
        return expect(response, "connection request to " + device, 200, 504).statusCode() == 200;
    }

    public void tag(DeviceId device, String tag) {
        HttpResponse<String> response = send("tags", request(tagPath(device, tag))
                .POST(HttpRequest.BodyPublishers.noBody()));
        expect(response, "tag " + device, 200);
    }

    public void untag(DeviceId device, String tag) {
        HttpResponse<String> response = send("tags", request(tagPath(device, tag)).DELETE());
        expect(response, "untag " + device, 200);
    }

    private Optional<AcsFault> fault(DeviceId device, String taskId) {
        String faultId = device.value() + ":task_" + taskId;
        HttpResponse<String> response = send("faults", request("/faults/?query="
                + encode(JSON.createObjectNode().put("_id", faultId).toString())).GET());
        JsonNode faults = json(expect(response, "find fault of task " + taskId, 200));
        if (!faults.isArray() || faults.isEmpty()) {
            return Optional.empty();
        }
        JsonNode fault = faults.get(0);
        Instant at;
        try {
            at = Instant.parse(fault.path("timestamp").asText());
        } catch (RuntimeException e) {
            at = null;
        }
        return Optional.of(new AcsFault(faultId, fault.path("code").asText("unknown"),
                fault.path("message").asText(""), fault.path("retries").asInt(0), at));
    }

    private static String tagPath(DeviceId device, String tag) {
        if (tag == null || !tag.matches("[a-zA-Z0-9\\-_]+")) {
            throw new IllegalArgumentException("a GenieACS tag is letters, digits, '-' and '_': " + tag);
        }
        return "/devices/" + device.pathSegment() + "/tags/" + tag;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(connection.base() + path))
                .timeout(connection.timeout().plusMillis(SESSION_WAIT_MS))
                .header("Accept", "application/json");
        if (connection.apiKey() != null) {
            request.header(connection.keyHeader(), connection.apiKey());
        }
        return request;
    }

    private HttpResponse<String> send(String kind, HttpRequest.Builder request) {
        calls.count(kind);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NbiFailure("GenieACS at " + connection.baseUrl() + " could not be reached: "
                    + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NbiFailure("call to GenieACS interrupted", e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, String what, int... statuses) {
        return expect(response, what, true, statuses);
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, String what, boolean withBody,
            int... statuses) {
        for (int status : statuses) {
            if (response.statusCode() == status) {
                return response;
            }
        }
        String reason = switch (response.statusCode()) {
            case 401, 403 -> "the API key was refused";
            case 404 -> "not found";
            default -> "answered " + response.statusCode();
        };
        String detail = !withBody || response.body() == null || response.body().isBlank() ? ""
                : ": " + response.body().strip().replaceAll("\\p{Cntrl}", " ");
        throw new NbiFailure(response.statusCode(), "GenieACS " + what + ": " + reason
                + (detail.length() > 200 ? detail.substring(0, 200) : detail));
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body() == null || response.body().isEmpty() ? "null" : response.body());
        } catch (IOException e) {
            throw new NbiFailure(response.statusCode(), "GenieACS answered something that is not JSON");
        }
    }

    private static long count(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw new NbiFailure(200, "GenieACS answered a device count that is not a number");
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "GenieAcsClient[" + connection + "]";
    }
}
