package io.netledger.genieacs.nbi;

import java.time.Instant;

/**
 * A fleet of CPEs like an Indonesian fibre ISP's: Huawei HG8245H ONTs speaking TR-098 with optical power, and
 * ZTE F670L speaking TR-181, alternately; device {@code n} has PPPoE username {@code pppoe-<n>} configured when
 * {@code provisioned} (an installer did it in the field before NetLedger), and serial {@code SN<n, 8 digits>}.
 */
public final class DeviceFleet {

    private DeviceFleet() {
    }

    public static SimulatedDevice device(int n, Instant now, boolean provisioned) {
        String serial = String.format("SN%08d", n);
        SimulatedDevice device = n % 2 == 0
                ? SimulatedDevice.of(DataModel.TR_098, "00259E", "Huawei", "HG8245H", serial, "V3R017C10S115", now)
                        .reports(DataModel.TR_098.opticalRxPower(), "-19.52", "xsd:string")
                : SimulatedDevice.of(DataModel.TR_181, "F8DFA8", "ZTE", "F670L", serial, "V9.0.11P1N12", now)
                        .reports(DataModel.TR_181.opticalRxPower(), -21_300, "xsd:int");
        device.reports(device.model().wanAddress(), "100.64." + (n / 250 % 250) + "." + (n % 250 + 1), "xsd:string");
        if (provisioned) {
            device.configured(device.model().pppUsername(), "pppoe-" + n);
        }
        return device;
    }

    /** Adds {@code count} devices, numbered from 1, all provisioned. */
    public static void seed(AcsState state, int count) {
        Instant now = state.clock().instant();
        for (int n = 1; n <= count; n++) {
            state.add(device(n, now, true));
        }
    }
}
