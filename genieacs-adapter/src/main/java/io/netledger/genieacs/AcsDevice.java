package io.netledger.genieacs;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A device as the NBI answered it, read the same way whether it speaks TR-098 ({@code InternetGatewayDevice.})
 * or TR-181 ({@code Device.}). Only what NetLedger keeps is read; the projection {@link #PROJECTION} asks for
 * nothing else, so no password the ACS may hold ever crosses the wire on a sync.
 */
public final class AcsDevice {

    static final String IGD = "InternetGatewayDevice";
    static final String DEV = "Device";
    public static final String TR098_PPP_USERNAME =
            IGD + ".WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Username";
    public static final String TR181_PPP_USERNAME = DEV + ".PPP.Interface.1.Username";
    static final String TR098_WAN_ADDRESS =
            IGD + ".WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.ExternalIPAddress";
    static final String TR181_WAN_ADDRESS = DEV + ".IP.Interface.1.IPv4Address.1.IPAddress";
    /** Huawei's vendor path (its spelling), in dBm as text. */
    static final String TR098_RX_POWER = IGD + ".WANDevice.1.X_GponInterafceConfig.RXPower";
    /** TR-181's standard one, in thousandths of a dBm. */
    static final String TR181_RX_POWER = DEV + ".Optical.Interface.1.OpticalSignalLevel";
    static final int TR098_WLANS = 8;

    /** Everything {@link #of} reads, as a {@code projection=} list. */
    public static final List<String> PROJECTION = projection();

    private final JsonNode document;

    private AcsDevice(JsonNode document) {
        this.document = document;
    }

    static AcsDevice of(JsonNode document) {
        if (!document.path("_id").isTextual()) {
            throw new NbiFailure(200, "the NBI answered a device without an _id");
        }
        return new AcsDevice(document);
    }

    private static List<String> projection() {
        List<String> paths = new ArrayList<>(List.of("_id", "_deviceId", "_lastInform", "_tags",
                IGD + ".DeviceInfo.SoftwareVersion", IGD + ".DeviceInfo.ModelName", DEV + ".DeviceInfo.SoftwareVersion",
                DEV + ".DeviceInfo.ModelName", TR098_PPP_USERNAME, TR181_PPP_USERNAME, TR098_WAN_ADDRESS,
                TR181_WAN_ADDRESS, TR098_RX_POWER, TR181_RX_POWER, DEV + ".WiFi.SSID"));
        for (int i = 1; i <= TR098_WLANS; i++) {
            paths.add(IGD + ".LANDevice.1.WLANConfiguration." + i + ".SSID");
        }
        return List.copyOf(paths);
    }

    public DeviceId id() {
        return DeviceId.parse(document.get("_id").asText());
    }

    /** Which data model it speaks: its root object. */
    public boolean tr181() {
        return document.has(DEV) && !document.has(IGD);
    }

    public String manufacturer() {
        return text(document.path("_deviceId").path("_Manufacturer")).orElse(null);
    }

    /** The model name it reports, else its product class. */
    public String model() {
        return parameter(root() + ".DeviceInfo.ModelName")
                .or(() -> text(document.path("_deviceId").path("_ProductClass"))).orElse(null);
    }

    public String serialNumber() {
        return text(document.path("_deviceId").path("_SerialNumber")).orElseGet(() -> id().serialNumber());
    }

    public String firmware() {
        return parameter(root() + ".DeviceInfo.SoftwareVersion").orElse(null);
    }

    public Optional<Instant> lastInform() {
        return text(document.path("_lastInform")).flatMap(AcsDevice::instant);
    }

    public List<String> tags() {
        List<String> tags = new ArrayList<>();
        document.path("_tags").forEach(tag -> tags.add(tag.asText()));
        return tags;
    }

    public Optional<String> pppUsername() {
        return parameter(tr181() ? TR181_PPP_USERNAME : TR098_PPP_USERNAME).filter(name -> !name.isEmpty());
    }

    public Optional<String> wanAddress() {
        return parameter(tr181() ? TR181_WAN_ADDRESS : TR098_WAN_ADDRESS).filter(address -> !address.isEmpty());
    }

    /** The SSIDs of its radios in index order, empty ones left out. */
    public List<String> ssids() {
        Stream<String> paths;
        if (tr181()) {
            List<String> indexes = new ArrayList<>();
            document.path(DEV).path("WiFi").path("SSID").fieldNames().forEachRemaining(indexes::add);
            paths = indexes.stream().filter(i -> !i.startsWith("_"))
                    .map(i -> DEV + ".WiFi.SSID." + i + ".SSID");
        } else {
            paths = java.util.stream.IntStream.rangeClosed(1, TR098_WLANS)
                    .mapToObj(i -> IGD + ".LANDevice.1.WLANConfiguration." + i + ".SSID");
        }
        return paths.map(this::parameter).flatMap(Optional::stream).filter(ssid -> !ssid.isEmpty()).toList();
    }

    /** The ONT's received optical power in dBm, when it reports it (an ONT does, a home router does not). */
    public Optional<Double> opticalRxPowerDbm() {
        if (tr181()) {
            return parameter(TR181_RX_POWER).flatMap(AcsDevice::number).map(thousandths -> thousandths / 1000.0);
        }
        return parameter(TR098_RX_POWER).flatMap(AcsDevice::number);
    }

    /** A parameter's {@code _value} as text, empty when the device has no such parameter. */
    public Optional<String> parameter(String path) {
        JsonNode node = document;
        for (String segment : path.split("\\.")) {
            node = node.path(segment);
        }
        JsonNode value = node.path("_value");
        return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    private String root() {
        return tr181() ? DEV : IGD;
    }

    private static Optional<String> text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Double> number(String text) {
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "AcsDevice[" + document.path("_id").asText() + "]";
    }
}
