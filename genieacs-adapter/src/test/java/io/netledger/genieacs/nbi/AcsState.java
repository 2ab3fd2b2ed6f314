package io.netledger.genieacs.nbi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the ACS holds: devices, the tasks waiting for them, and the faults of tasks that failed. A task is
 * deleted once the device has run it, as GenieACS does; a task that faulted stays, with a fault whose id is
 * {@code <deviceId>:task_<taskId>}, and is not tried again until the fault is deleted (a retry).
 */
public final class AcsState {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DoubleClock clock;
    private final Map<String, SimulatedDevice> devices = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> tasks = new LinkedHashMap<>();
    private final Map<String, ObjectNode> faults = new LinkedHashMap<>();
    private final Map<String, PlannedFault> plannedFaults = new ConcurrentHashMap<>();

    /** A fault the next task run on a device will end in, as a CPE answers with a CWMP fault. */
    record PlannedFault(String code, String message) {
    }

    AcsState(DoubleClock clock) {
        this.clock = clock;
    }

    public DoubleClock clock() {
        return clock;
    }

    public SimulatedDevice add(SimulatedDevice device) {
        devices.put(device.id().value(), device);
        return device;
    }

    public Optional<SimulatedDevice> device(String id) {
        return Optional.ofNullable(devices.get(id));
    }

    public List<SimulatedDevice> devices() {
        return List.copyOf(devices.values());
    }

    synchronized boolean remove(String deviceId) {
        tasks.values().removeIf(task -> task.path("device").asText().equals(deviceId));
        faults.values().removeIf(fault -> fault.path("device").asText().equals(deviceId));
        return devices.remove(deviceId) != null;
    }

    /** The next task run on this device ends in a CWMP fault instead of being applied. */
    public void faultNextTask(String deviceId, String code, String message) {
        plannedFaults.put(deviceId, new PlannedFault(code, message));
    }

    /**
     * The device opens a session (a periodic inform, or its answer to a connection request): it reports, and
     * then runs the tasks queued for it that have no fault, in the order they were queued.
     */
    public synchronized void inform(String deviceId) {
        SimulatedDevice device = devices.get(deviceId);
        if (device == null) {
            throw new IllegalArgumentException("no such device " + deviceId);
        }
        device.informedAt(clock.instant());
        for (ObjectNode task : List.copyOf(tasks.values())) {
            String id = task.get("_id").asText();
            if (task.get("device").asText().equals(deviceId) && !faults.containsKey(faultId(deviceId, id))) {
                run(device, task);
            }
        }
    }

    /** Queues a task; {@code _id} and {@code timestamp} are set as GenieACS sets them. */
    synchronized ObjectNode queue(String deviceId, ObjectNode task) {
        task.put("device", deviceId);
        task.put("_id", objectId());
        task.put("timestamp", SimulatedDevice.iso(clock.instant()));
        tasks.put(task.get("_id").asText(), task);
        return task;
    }

    synchronized boolean queued(String taskId) {
        return tasks.containsKey(taskId);
    }

    synchronized Optional<ObjectNode> fault(String faultId) {
        return Optional.ofNullable(faults.get(faultId));
    }

    synchronized List<JsonNode> tasks() {
        return new ArrayList<>(tasks.values().stream().map(ObjectNode::deepCopy).toList());
    }

    synchronized List<JsonNode> faults() {
        return new ArrayList<>(faults.values().stream().map(ObjectNode::deepCopy).toList());
    }

    synchronized Optional<String> deviceOfTask(String taskId) {
        return Optional.ofNullable(tasks.get(taskId)).map(task -> task.get("device").asText());
    }

    synchronized void deleteTask(String taskId) {
        ObjectNode task = tasks.remove(taskId);
        if (task != null) {
            faults.remove(faultId(task.get("device").asText(), taskId));
        }
    }

    synchronized boolean deleteFault(String faultId) {
        return faults.remove(faultId) != null;
    }

    static String faultId(String deviceId, String taskId) {
        return deviceId + ":task_" + taskId;
    }

    private void run(SimulatedDevice device, ObjectNode task) {
        String taskId = task.get("_id").asText();
        PlannedFault planned = plannedFaults.remove(device.id().value());
        if (planned != null) {
            fail(device, taskId, planned.code(), planned.message());
            return;
        }
        String name = task.path("name").asText();
        switch (name) {
            case "setParameterValues" -> {
                for (JsonNode triple : task.get("parameterValues")) {
                    String path = triple.get(0).asText();
                    if (!device.has(path)) {
                        fail(device, taskId, "cwmp.9005", "Invalid parameter name: " + path);
                        return;
                    }
                    if (!device.writable(path)) {
                        fail(device, taskId, "cwmp.9008", "Attempt to set a non-writable parameter: " + path);
                        return;
                    }
                }
                for (JsonNode triple : task.get("parameterValues")) {
                    JsonNode value = triple.get(1);
                    device.write(triple.get(0).asText(), value.isBoolean() ? (Object) value.asBoolean()
                            : value.isNumber() ? (Object) value.asLong() : value.asText(), clock.instant());
                }
            }
            case "getParameterValues", "refreshObject" -> device.refreshed(clock.instant());
            case "reboot" -> device.rebooted(clock.instant());
            case "factoryReset" -> device.factoryReset(clock.instant());
            default -> {
                fail(device, taskId, "cwmp.9000", "Method not supported: " + name);
                return;
            }
        }
        tasks.remove(taskId);
    }

    private void fail(SimulatedDevice device, String taskId, String code, String message) {
        String deviceId = device.id().value();
        ObjectNode fault = JSON.objectNode();
        fault.put("_id", faultId(deviceId, taskId));
        fault.put("device", deviceId);
        fault.put("channel", "task_" + taskId);
        fault.put("timestamp", SimulatedDevice.iso(clock.instant()));
        fault.put("code", code);
        fault.put("message", message);
        ObjectNode detail = fault.putObject("detail");
        detail.put("faultCode", code.replace("cwmp.", ""));
        detail.put("faultString", message);
        fault.put("retries", faults.containsKey(faultId(deviceId, taskId))
                ? faults.get(faultId(deviceId, taskId)).get("retries").asInt() + 1 : 0);
        faults.put(fault.get("_id").asText(), fault);
    }

    /** A MongoDB ObjectId's shape: 24 hex digits, the first 8 the time in seconds. */
    private String objectId() {
        byte[] rest = new byte[8];
        RANDOM.nextBytes(rest);
        return String.format("%08x", clock.instant().getEpochSecond()) + HexFormat.of().formatHex(rest);
    }
}
