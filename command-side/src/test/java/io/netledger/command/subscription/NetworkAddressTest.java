package io.netledger.command.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netledger.api.RuleViolation;
import io.netledger.api.subscription.NetworkSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MAC, IP and VLAN of a customer network are stored in one spelling, and nonsense is refused. */
class NetworkAddressTest {

    @Test
    void macAddressesAreWrittenAsRouterOsWritesThem() {
        assertThat(MacAddress.normalise("aa-bb-cc-dd-ee-02")).isEqualTo("AA:BB:CC:DD:EE:02");
        assertThat(MacAddress.normalise("aabb.ccdd.ee02")).isEqualTo("AA:BB:CC:DD:EE:02");
        assertThat(MacAddress.normalise(" AABBCCDDEE02 ")).isEqualTo("AA:BB:CC:DD:EE:02");
        assertThat(MacAddress.normalise("aa:bb:cc:dd:ee:02")).isEqualTo("AA:BB:CC:DD:EE:02");
    }

    @Test
    void onlyOneDevicesAddressIsAMacAddress() {
        assertThatThrownBy(() -> MacAddress.normalise("01:00:5E:00:00:01")).hasMessageContaining("group address");
        assertThatThrownBy(() -> MacAddress.normalise("FF:FF:FF:FF:FF:FF")).hasMessageContaining("group address");
        assertThatThrownBy(() -> MacAddress.normalise("00:00:00:00:00:00")).hasMessageContaining("names no device");
        assertThatThrownBy(() -> MacAddress.normalise("AA:BB:CC:DD:EE")).hasMessageContaining("not a MAC address");
        assertThatThrownBy(() -> MacAddress.normalise("AA:BB-CC:DD:EE:02")).hasMessageContaining("not a MAC address");
        assertThatThrownBy(() -> MacAddress.normalise("GG:BB:CC:DD:EE:02")).hasMessageContaining("not a MAC address");
    }

    @Test
    void settingsAreNormalisedBeforeTheyAreClaimedOrStored() {
        NetworkSettings normal = SubscriptionCreation.normalised(new NetworkSettings(
                "2001:0db8:0000:0000:0000:0000:0000:0001", "aa-bb-cc-dd-ee-02", " ether2 ", "0042", null, true,
                Map.of("queue", "20M")));
        assertThat(normal.ipAddress()).isEqualTo("2001:db8:0:0:0:0:0:1");
        assertThat(normal.macAddress()).isEqualTo("AA:BB:CC:DD:EE:02");
        assertThat(normal.interfaceName()).isEqualTo("ether2");
        assertThat(normal.vlanId()).isEqualTo("42");
        assertThat(normal.primary()).isTrue();
        assertThat(normal.networkConfig()).containsEntry("queue", "20M");
    }

    @Test
    void vlansIpsAndEmptySettingsAreChecked() {
        assertThatThrownBy(() -> SubscriptionCreation.normalised(settings("10.0.0.1", null, "0")))
                .isInstanceOf(RuleViolation.class).hasMessage("vlanId is a number from 1 to 4094: 0");
        assertThatThrownBy(() -> SubscriptionCreation.normalised(settings("10.0.0.1", null, "4095")))
                .isInstanceOf(RuleViolation.class).hasMessage("vlanId is a number from 1 to 4094: 4095");
        assertThatThrownBy(() -> SubscriptionCreation.normalised(settings("10.0.0.1", null, "v10")))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> SubscriptionCreation.normalised(settings("router.isp.id", null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("not an IP address");
        assertThatThrownBy(() -> SubscriptionCreation.normalised(settings(null, null, "10")))
                .isInstanceOf(RuleViolation.class).hasMessage("a network needs an ipAddress, a macAddress or both");
        assertThat(SubscriptionCreation.normalised(settings(null, "02:00:00:00:00:01", "4094")).vlanId())
                .isEqualTo("4094");
    }

    private static NetworkSettings settings(String ip, String mac, String vlan) {
        return new NetworkSettings(ip, mac, null, vlan, null, null, null);
    }
}
