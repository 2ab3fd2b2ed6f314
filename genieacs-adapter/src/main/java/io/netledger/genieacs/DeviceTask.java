package io.netledger.genieacs;

import java.util.List;

/**
 * A task body for {@code POST /devices/<id>/tasks}. Sealed to the tasks NetLedger sends, so a client that
 * renders or logs them handles every kind; {@code download} and {@code addObject} are left out until needed.
 */
public sealed interface DeviceTask {

    /** The NBI's task name, e.g. {@code setParameterValues}. */
    String name();

    /** The body the NBI expects, e.g. {@code {"name":"reboot"}}. */
    String toJson();

    static GetParameterValues getParameterValues(String... parameterNames) {
        return new GetParameterValues(List.of(parameterNames));
    }

    static SetParameterValues setParameterValues(ParameterValue... parameterValues) {
        return new SetParameterValues(List.of(parameterValues));
    }

    static RefreshObject refreshObject(String objectName) {
        return new RefreshObject(objectName);
    }

    static Reboot reboot() {
        return new Reboot();
    }

    static FactoryReset factoryReset() {
        return new FactoryReset();
    }

    /** Reads parameters from the CPE into GenieACS's copy of the device. */
    record GetParameterValues(List<String> parameterNames) implements DeviceTask {

        public GetParameterValues {
            parameterNames = List.copyOf(parameterNames);
            if (parameterNames.isEmpty()) {
                throw new IllegalArgumentException("getParameterValues needs at least one parameter name");
            }
            parameterNames.forEach(path -> requireText(path, "parameter name"));
        }

        @Override
        public String name() {
            return "getParameterValues";
        }

        @Override
        public String toJson() {
            return "{\"name\":\"" + name() + "\",\"parameterNames\":" + Json.array(parameterNames, Json::string) + "}";
        }
    }

    /** Writes parameters on the CPE, e.g. the PPPoE username and password of its WAN connection. */
    record SetParameterValues(List<ParameterValue> parameterValues) implements DeviceTask {

        public SetParameterValues {
            parameterValues = List.copyOf(parameterValues);
            if (parameterValues.isEmpty()) {
                throw new IllegalArgumentException("setParameterValues needs at least one parameter value");
            }
        }

        @Override
        public String name() {
            return "setParameterValues";
        }

        @Override
        public String toJson() {
            return "{\"name\":\"" + name() + "\",\"parameterValues\":"
                    + Json.array(parameterValues, ParameterValue::toJson) + "}";
        }
    }

    /** Re-reads an object subtree (e.g. {@code Device.WiFi.}) so GenieACS's copy matches the CPE. */
    record RefreshObject(String objectName) implements DeviceTask {

        public RefreshObject {
            requireText(objectName, "object name");
        }

        @Override
        public String name() {
            return "refreshObject";
        }

        @Override
        public String toJson() {
            return "{\"name\":\"" + name() + "\",\"objectName\":" + Json.string(objectName) + "}";
        }
    }

    record Reboot() implements DeviceTask {

        @Override
        public String name() {
            return "reboot";
        }

        @Override
        public String toJson() {
            return "{\"name\":\"reboot\"}";
        }
    }

    /** Wipes the CPE's configuration: the customer's Wi-Fi and PPPoE settings are lost with it. */
    record FactoryReset() implements DeviceTask {

        @Override
        public String name() {
            return "factoryReset";
        }

        @Override
        public String toJson() {
            return "{\"name\":\"factoryReset\"}";
        }
    }

    /**
     * One {@code [path, value, type]} triple of setParameterValues. The value is sent as a JSON string whatever
     * its type: GenieACS converts it by the type given (e.g. "true" for {@code xsd:boolean}). An empty value is
     * allowed, since clearing a parameter is a legitimate write.
     */
    record ParameterValue(String path, String value, XsdType type) {

        public ParameterValue {
            requireText(path, "parameter path");
            if (value == null) {
                throw new IllegalArgumentException("value of " + path + " is missing");
            }
            if (type == null) {
                throw new IllegalArgumentException("type of " + path + " is missing");
            }
        }

        public static ParameterValue string(String path, String value) {
            return new ParameterValue(path, value, XsdType.STRING);
        }

        String toJson() {
            return "[" + Json.string(path) + "," + Json.string(value) + "," + Json.string(type.wireName()) + "]";
        }
    }

    /** The TR-069 data types a parameter value can be declared as. */
    enum XsdType {
        STRING("xsd:string"),
        INT("xsd:int"),
        UNSIGNED_INT("xsd:unsignedInt"),
        LONG("xsd:long"),
        UNSIGNED_LONG("xsd:unsignedLong"),
        BOOLEAN("xsd:boolean"),
        DATE_TIME("xsd:dateTime"),
        BASE64("xsd:base64"),
        HEX_BINARY("xsd:hexBinary");

        private final String wireName;

        XsdType(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }
}
