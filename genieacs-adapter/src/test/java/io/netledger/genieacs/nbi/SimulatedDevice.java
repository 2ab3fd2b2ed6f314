package io.netledger.genieacs.nbi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netledger.genieacs.DeviceId;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One CPE as GenieACS keeps it in its {@code devices} collection: {@code _id}, {@code _deviceId}, the inform and
 * boot times, {@code _tags}, and the parameter tree where every leaf is {@code {_value, _type, _timestamp,
 * _writable}} and every object {@code {_object, _writable, _timestamp}}. Whether it is reachable (answers a
 * connection request) is the double's own knob; GenieACS only ever learns that by trying.
 */
public final class SimulatedDevice {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final DeviceId id;
    private final String manufacturer;
    private final DataModel model;
    private final Instant registered;
    private final Map<String, Parameter> factory = new LinkedHashMap<>();
    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    private final Set<String> tags = new LinkedHashSet<>();
    private Instant lastInform;
    private Instant lastBoot;
    private boolean online = true;
    private int reboots;
    private int factoryResets;
    private ObjectNode document;

    /** A parameter as the ACS last saw it. */
    record Parameter(Object value, String type, boolean writable, Instant timestamp) {
    }

    private SimulatedDevice(DeviceId id, String manufacturer, DataModel model, Instant now) {
        this.id = id;
        this.manufacturer = manufacturer;
        this.model = model;
        this.registered = now;
        this.lastInform = now;
        this.lastBoot = now;
    }

    /**
     * A device fresh from the box: DeviceInfo, an empty PPPoE account, Wi-Fi named after its serial number,
     * a WAN address once it has one, and optical power when {@code opticalRxPower} is not null.
     */
    public static SimulatedDevice of(DataModel model, String oui, String manufacturer, String productClass,
            String serialNumber, String firmware, Instant now) {
        SimulatedDevice device = new SimulatedDevice(DeviceId.of(oui, productClass, serialNumber), manufacturer,
                model, now);
        device.factory("DeviceInfo.Manufacturer", manufacturer, "xsd:string", false);
        device.factory("DeviceInfo.ManufacturerOUI", oui, "xsd:string", false);
        device.factory("DeviceInfo.ModelName", productClass, "xsd:string", false);
        device.factory("DeviceInfo.ProductClass", productClass, "xsd:string", false);
        device.factory("DeviceInfo.SerialNumber", serialNumber, "xsd:string", false);
        device.factory("DeviceInfo.SoftwareVersion", firmware, "xsd:string", false);
        device.factory("DeviceInfo.UpTime", 0, "xsd:unsignedInt", false);
        device.factory("ManagementServer.ConnectionRequestURL", "http://10.20.0.1:7547/" + serialNumber,
                "xsd:string", false);
        device.factoryAt(model.pppUsername(), "", "xsd:string", true);
        device.factoryAt(model.pppPassword(), "", "xsd:string", true);
        device.factoryAt(model.wanEnable(), true, "xsd:boolean", true);
        device.factoryAt(model.wanAddress(), "", "xsd:string", false);
        device.factoryAt(model.ssid(), "NetLedger-" + serialNumber.substring(Math.max(0, serialNumber.length() - 4)),
                "xsd:string", true);
        device.factoryAt(model.wifiPassphrase(), "", "xsd:string", true);
        device.parameters.putAll(device.factory);
        return device;
    }

    private void factory(String relative, Object value, String type, boolean writable) {
        factoryAt(model.path(relative), value, type, writable);
    }

    private void factoryAt(String path, Object value, String type, boolean writable) {
        factory.put(path, new Parameter(value, type, writable, registered));
    }

    public DeviceId id() {
        return id;
    }

    public DataModel model() {
        return model;
    }

    public synchronized boolean online() {
        return online;
    }

    public synchronized SimulatedDevice online(boolean reachable) {
        this.online = reachable;
        return this;
    }

    public synchronized Instant lastInform() {
        return lastInform;
    }

    /** Sets what the device last reported, as an inform would (without running queued tasks). */
    public synchronized SimulatedDevice informedAt(Instant when) {
        lastInform = when;
        changed();
        return this;
    }

    /** A parameter the device reports (read-only to the ACS), e.g. its WAN address or optical power. */
    public synchronized SimulatedDevice reports(String path, Object value, String type) {
        parameters.put(path, new Parameter(value, type, false, lastInform));
        changed();
        return this;
    }

    /** A parameter as if staff or an earlier provisioning had written it. */
    public synchronized SimulatedDevice configured(String path, Object value) {
        Parameter current = parameters.get(path);
        String type = current != null ? current.type() : "xsd:string";
        parameters.put(path, new Parameter(value, type, true, lastInform));
        changed();
        return this;
    }

    public synchronized SimulatedDevice tagged(String tag) {
        tags.add(tag);
        changed();
        return this;
    }

    synchronized boolean untag(String tag) {
        boolean removed = tags.remove(tag);
        changed();
        return removed;
    }

    public synchronized Set<String> tags() {
        return Set.copyOf(tags);
    }

    /** The value GenieACS holds for a parameter, null when the device has no such parameter. */
    public synchronized Object value(String path) {
        Parameter parameter = parameters.get(path);
        return parameter == null ? null : parameter.value();
    }

    public synchronized int reboots() {
        return reboots;
    }

    public synchronized int factoryResets() {
        return factoryResets;
    }

    synchronized boolean has(String path) {
        return parameters.containsKey(path);
    }

    synchronized boolean writable(String path) {
        Parameter parameter = parameters.get(path);
        return parameter != null && parameter.writable();
    }

    synchronized void write(String path, Object value, Instant now) {
        Parameter current = parameters.get(path);
        parameters.put(path, new Parameter(value, current.type(), true, now));
        changed();
    }

    synchronized void refreshed(Instant now) {
        parameters.replaceAll((path, p) -> new Parameter(p.value(), p.type(), p.writable(), now));
        changed();
    }

    synchronized void rebooted(Instant now) {
        reboots++;
        lastBoot = now;
        changed();
    }

    synchronized void factoryReset(Instant now) {
        factoryResets++;
        parameters.clear();
        parameters.putAll(factory);
        lastBoot = now;
        changed();
    }

    private void changed() {
        document = null;
    }

    /** The device's document as the NBI answers it (before any projection); shared, so never to be changed. */
    synchronized ObjectNode document() {
        if (document == null) {
            document = render();
        }
        return document;
    }

    private ObjectNode render() {
        ObjectNode doc = JSON.objectNode();
        doc.put("_id", id.value());
        ObjectNode deviceId = doc.putObject("_deviceId");
        deviceId.put("_Manufacturer", manufacturer);
        deviceId.put("_OUI", id.oui());
        id.productClass().ifPresent(productClass -> deviceId.put("_ProductClass", productClass));
        deviceId.put("_SerialNumber", id.serialNumber());
        doc.put("_registered", iso(registered));
        doc.put("_lastInform", iso(lastInform));
        doc.put("_lastBoot", iso(lastBoot));
        if (!tags.isEmpty()) {
            tags.forEach(doc.putArray("_tags")::add);
        }
        for (Map.Entry<String, Parameter> entry : parameters.entrySet()) {
            String[] segments = entry.getKey().split("\\.");
            ObjectNode node = doc;
            for (int i = 0; i < segments.length - 1; i++) {
                JsonNode child = node.get(segments[i]);
                if (child == null) {
                    ObjectNode object = node.putObject(segments[i]);
                    object.put("_object", true);
                    object.put("_writable", false);
                    object.put("_timestamp", iso(registered));
                    child = object;
                }
                node = (ObjectNode) child;
            }
            Parameter p = entry.getValue();
            ObjectNode leaf = node.putObject(segments[segments.length - 1]);
            Object value = p.value();
            if (value instanceof Boolean b) {
                leaf.put("_value", b);
            } else if (value instanceof Integer || value instanceof Long) {
                leaf.put("_value", ((Number) value).longValue());
            } else if (value instanceof Number n) {
                leaf.put("_value", n.doubleValue());
            } else {
                leaf.put("_value", String.valueOf(value));
            }
            leaf.put("_type", p.type());
            leaf.put("_timestamp", iso(p.timestamp()));
            leaf.put("_writable", p.writable());
        }
        return doc;
    }

    /** GenieACS answers dates as JavaScript's {@code toISOString()}: UTC, milliseconds, {@code Z}. */
    static String iso(Instant instant) {
        return ISO.format(instant);
    }
}
