package io.netledger.command.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A MAC address is stored as RouterOS writes it, and only a single device's address is one. */
class MacAddressTest {

    @Test
    void everyUsualSpellingInAnyCaseIsWrittenAsRouterOsWritesIt() {
        for (String typed : new String[] {"aa-bb-cc-dd-ee-01", "aabb.ccdd.ee01", "AABBCCDDEE01", "Aa:bB:cc:DD:ee:01",
                "AABB.CCDD.EE01", "\taa:bb:cc:dd:ee:01\n"}) {
            assertThat(MacAddress.normalise(typed)).as(typed).isEqualTo("AA:BB:CC:DD:EE:01");
        }
    }

    @Test
    void locallyAdministeredAddressesNameADevice() {
        assertThat(MacAddress.normalise("02:00:00:00:00:01")).isEqualTo("02:00:00:00:00:01");
        assertThat(MacAddress.normalise("fe-ff-ff-ff-ff-ff")).isEqualTo("FE:FF:FF:FF:FF:FF");
    }

    @Test
    void groupAddressesAreRefusedHoweverTheyAreWritten() {
        for (String typed : new String[] {"01:00:5E:00:00:01", "FF:FF:FF:FF:FF:FF", "ffff.ffff.ffff",
                "33-33-00-00-00-01", "01:80:C2:00:00:00", "030000000001"}) {
            assertThatThrownBy(() -> MacAddress.normalise(typed)).as(typed)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("macAddress is a group address, not a device's: " + typed);
        }
    }

    @Test
    void allZerosNamesNoDeviceInAnySpelling() {
        for (String typed : new String[] {"00:00:00:00:00:00", "0000.0000.0000", "000000000000"}) {
            assertThatThrownBy(() -> MacAddress.normalise(typed)).as(typed)
                    .hasMessage("macAddress 00:00:00:00:00:00 names no device");
        }
    }

    @Test
    void wrongLengthsAndMixedOrMissingSeparatorsAreRefused() {
        for (String typed : new String[] {"AA:BB:CC:DD:EE", "AA:BB:CC:DD:EE:01:02", "AABBCCDDEE0", "AABBCCDDEE0102",
                "AA:BB:CC:DD:EE:01:", "AA:BB-CC:DD:EE:01", "aabb.ccdd-ee01", "aabbcc.ddee01", "AA BB CC DD EE 01",
                "A:B:C:D:E:1", "AAB:BCC:DDE:E01", "", "GG:BB:CC:DD:EE:01"}) {
            assertThatThrownBy(() -> MacAddress.normalise(typed)).as(typed)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("macAddress is not a MAC address such as AA:BB:CC:DD:EE:FF: " + typed);
        }
    }
}
