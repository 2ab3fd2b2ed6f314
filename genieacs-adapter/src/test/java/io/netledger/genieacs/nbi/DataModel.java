package io.netledger.genieacs.nbi;

/**
 * The two TR-069 data models a CPE reports, and where each keeps what NetLedger reads and writes. TR-098
 * ({@code InternetGatewayDevice.}) is what most ONTs sold in Indonesia still speak; TR-181 ({@code Device.})
 * is the newer one. Optical power has no standard TR-098 path: the Huawei vendor path is used, as GenieACS
 * users meet it most.
 */
public enum DataModel {

    TR_098("InternetGatewayDevice",
            "InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Username",
            "InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Password",
            "InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.ExternalIPAddress",
            "InternetGatewayDevice.WANDevice.1.WANConnectionDevice.1.WANPPPConnection.1.Enable",
            "InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.SSID",
            "InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.PreSharedKey.1.PreSharedKey",
            "InternetGatewayDevice.WANDevice.1.X_GponInterafceConfig.RXPower"),
    TR_181("Device",
            "Device.PPP.Interface.1.Username",
            "Device.PPP.Interface.1.Password",
            "Device.IP.Interface.1.IPv4Address.1.IPAddress",
            "Device.PPP.Interface.1.Enable",
            "Device.WiFi.SSID.1.SSID",
            "Device.WiFi.AccessPoint.1.Security.KeyPassphrase",
            "Device.Optical.Interface.1.OpticalSignalLevel");

    private final String root;
    private final String pppUsername;
    private final String pppPassword;
    private final String wanAddress;
    private final String wanEnable;
    private final String ssid;
    private final String wifiPassphrase;
    private final String opticalRxPower;

    DataModel(String root, String pppUsername, String pppPassword, String wanAddress, String wanEnable, String ssid,
            String wifiPassphrase, String opticalRxPower) {
        this.root = root;
        this.pppUsername = pppUsername;
        this.pppPassword = pppPassword;
        this.wanAddress = wanAddress;
        this.wanEnable = wanEnable;
        this.ssid = ssid;
        this.wifiPassphrase = wifiPassphrase;
        this.opticalRxPower = opticalRxPower;
    }

    public String root() {
        return root;
    }

    public String pppUsername() {
        return pppUsername;
    }

    public String pppPassword() {
        return pppPassword;
    }

    public String wanAddress() {
        return wanAddress;
    }

    public String wanEnable() {
        return wanEnable;
    }

    public String ssid() {
        return ssid;
    }

    public String wifiPassphrase() {
        return wifiPassphrase;
    }

    public String opticalRxPower() {
        return opticalRxPower;
    }

    public String path(String relative) {
        return root + "." + relative;
    }
}
