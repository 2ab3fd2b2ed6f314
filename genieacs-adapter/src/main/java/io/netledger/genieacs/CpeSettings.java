package io.netledger.genieacs;

import io.netledger.genieacs.DeviceTask.ParameterValue;

/**
 * The tasks that write a subscription's settings to its CPE, in the data model it speaks: the PPPoE account of
 * its first WAN PPP connection, and the name and WPA2 passphrase of its first radio.
 */
public final class CpeSettings {

    static final String TR098_PPP_PASSWORD =
            AcsDevice.IGD + ".WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Password";
    static final String TR181_PPP_PASSWORD = AcsDevice.DEV + ".PPP.Interface.1.Password";
    static final String TR098_WAN_ENABLE = AcsDevice.IGD + ".WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Enable";
    static final String TR181_WAN_ENABLE = AcsDevice.DEV + ".PPP.Interface.1.Enable";
    static final String TR098_SSID = AcsDevice.IGD + ".LANDevice.1.WLANConfiguration.1.SSID";
    static final String TR098_PASSPHRASE = AcsDevice.IGD + ".LANDevice.1.WLANConfiguration.1.PreSharedKey.1.PreSharedKey";
    static final String TR181_SSID = AcsDevice.DEV + ".WiFi.SSID.1.SSID";
    static final String TR181_PASSPHRASE = AcsDevice.DEV + ".WiFi.AccessPoint.1.Security.KeyPassphrase";

    private CpeSettings() {
    }

    /** {@code dataModel} is {@code tr098} or {@code tr181}, as the device read model keeps it. */
    public static DeviceTask pppoeAccount(String dataModel, String username, String password) {
        boolean tr181 = tr181(dataModel);
        return DeviceTask.setParameterValues(
                ParameterValue.string(tr181 ? AcsDevice.TR181_PPP_USERNAME : AcsDevice.TR098_PPP_USERNAME, username),
                ParameterValue.string(tr181 ? TR181_PPP_PASSWORD : TR098_PPP_PASSWORD, password));
    }

    public static DeviceTask wifi(String dataModel, String ssid, String passphrase) {
        boolean tr181 = tr181(dataModel);
        return DeviceTask.setParameterValues(ParameterValue.string(tr181 ? TR181_SSID : TR098_SSID, ssid),
                ParameterValue.string(tr181 ? TR181_PASSPHRASE : TR098_PASSPHRASE, passphrase));
    }

    /** Turns the WAN PPP connection on or off: a suspended customer's CPE stops dialling. */
    public static DeviceTask wan(String dataModel, boolean enabled) {
        boolean tr181 = tr181(dataModel);
        return DeviceTask.setParameterValues(new ParameterValue(tr181 ? TR181_WAN_ENABLE : TR098_WAN_ENABLE,
                String.valueOf(enabled), DeviceTask.XsdType.BOOLEAN));
    }

    private static boolean tr181(String dataModel) {
        if (!"tr098".equals(dataModel) && !"tr181".equals(dataModel)) {
            throw new IllegalArgumentException("a data model is tr098 or tr181: " + dataModel);
        }
        return "tr181".equals(dataModel);
    }
}
