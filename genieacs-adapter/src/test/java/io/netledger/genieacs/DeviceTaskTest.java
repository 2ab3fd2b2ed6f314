package io.netledger.genieacs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netledger.genieacs.DeviceTask.ParameterValue;
import io.netledger.genieacs.DeviceTask.XsdType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceTaskTest {

    private static final String PPP_USERNAME =
            "InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Username";
    private static final String PPP_PASSWORD =
            "InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Password";

    @Test
    void rendersGetParameterValues() {
        DeviceTask task = DeviceTask.getParameterValues("Device.WiFi.SSID.1.SSID", "Device.PPP.Interface.1.Username");

        assertThat(task.toJson()).isEqualTo("{\"name\":\"getParameterValues\",\"parameterNames\":"
                + "[\"Device.WiFi.SSID.1.SSID\",\"Device.PPP.Interface.1.Username\"]}");
    }

    @Test
    void rendersSetParameterValuesAsPathValueTypeTriples() {
        DeviceTask task = DeviceTask.setParameterValues(
                ParameterValue.string(PPP_USERNAME, "pelanggan-0042"),
                ParameterValue.string(PPP_PASSWORD, "s3cret"),
                new ParameterValue("Device.WiFi.SSID.1.Enable", "true", XsdType.BOOLEAN));

        assertThat(task.toJson()).isEqualTo("{\"name\":\"setParameterValues\",\"parameterValues\":["
                + "[\"" + PPP_USERNAME + "\",\"pelanggan-0042\",\"xsd:string\"],"
                + "[\"" + PPP_PASSWORD + "\",\"s3cret\",\"xsd:string\"],"
                + "[\"Device.WiFi.SSID.1.Enable\",\"true\",\"xsd:boolean\"]]}");
    }

    @Test
    void rendersRefreshObject() {
        assertThat(DeviceTask.refreshObject("Device.WiFi.").toJson())
                .isEqualTo("{\"name\":\"refreshObject\",\"objectName\":\"Device.WiFi.\"}");
    }

    @Test
    void rendersRebootAndFactoryReset() {
        assertThat(DeviceTask.reboot().toJson()).isEqualTo("{\"name\":\"reboot\"}");
        assertThat(DeviceTask.factoryReset().toJson()).isEqualTo("{\"name\":\"factoryReset\"}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersInValues() {
        DeviceTask task = DeviceTask.setParameterValues(
                ParameterValue.string("Device.WiFi.SSID.1.SSID", "Café \"Rumah\" \\ 2.4G\t\n\u0001"));

        assertThat(task.toJson()).isEqualTo("{\"name\":\"setParameterValues\",\"parameterValues\":["
                + "[\"Device.WiFi.SSID.1.SSID\",\"Café \\\"Rumah\\\" \\\\ 2.4G\\t\\n\\u0001\",\"xsd:string\"]]}");
    }

    @Test
    void allowsAnEmptyValueToClearAParameter() {
        assertThat(ParameterValue.string(PPP_PASSWORD, "").value()).isEmpty();
    }

    @Test
    void namesEachTaskAsTheNbiDoes() {
        List<DeviceTask> tasks = List.of(DeviceTask.getParameterValues("Device.DeviceInfo.UpTime"),
                DeviceTask.setParameterValues(ParameterValue.string(PPP_USERNAME, "u")),
                DeviceTask.refreshObject("Device."), DeviceTask.reboot(), DeviceTask.factoryReset());

        assertThat(tasks).extracting(DeviceTask::name).containsExactly("getParameterValues", "setParameterValues",
                "refreshObject", "reboot", "factoryReset");
        assertThat(tasks).allSatisfy(task -> assertThat(task.toJson()).startsWith("{\"name\":\"" + task.name() + "\""));
    }

    @Test
    void refusesTasksWithNothingToDo() {
        assertThatThrownBy(DeviceTask::getParameterValues).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(DeviceTask::setParameterValues).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeviceTask.getParameterValues(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeviceTask.refreshObject("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesParameterValueWithoutPathValueOrType() {
        assertThatThrownBy(() -> ParameterValue.string(" ", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParameterValue.string(PPP_USERNAME, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParameterValue(PPP_USERNAME, "x", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsItsOwnCopyOfTheParameterList() {
        List<String> names = new ArrayList<>(List.of("Device.DeviceInfo.UpTime"));
        DeviceTask.GetParameterValues task = new DeviceTask.GetParameterValues(names);
        names.add("Device.DeviceInfo.SerialNumber");

        assertThat(task.parameterNames()).containsExactly("Device.DeviceInfo.UpTime");
    }
}
