package io.netledger.command.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netledger.api.RuleViolation;
import io.netledger.api.subscription.NetworkSettings;
import org.junit.jupiter.api.Test;

/**
 * {@link SubscriptionCreation#normalised}: one spelling per address, so that an IP is claimed
 * once per NAS however it was typed, and every value fits its column of
 * {@code customer_networks}. (The common spellings are in {@link NetworkAddressTest}.)
 */
class NetworkSettingsNormalisedTest {

    @Test
    void oneIpv6AddressIsOneClaimWhateverItsCaseOrCompression() {
        for (String typed : new String[] {"2001:DB8::1", "2001:db8:0::0:1", "2001:0DB8:0000:0000:0000:0000:0000:0001"}) {
            assertThat(normalised(ip(typed)).ipAddress()).as(typed).isEqualTo("2001:db8:0:0:0:0:0:1");
        }
    }

    @Test
    void anIpv4AddressWrittenAsIpv6IsThatIpv4Address() {
        assertThat(normalised(ip("::ffff:10.20.0.15")).ipAddress()).isEqualTo("10.20.0.15");
    }

    @Test
    void ipv4IsDottedDecimalWithoutLeadingZeros() {
        assertThat(normalised(ip(" 10.20.0.15 ")).ipAddress()).isEqualTo("10.20.0.15");
        for (String typed : new String[] {"010.20.0.15", "10.20.0.256", "10.20.0", "10.20.0.15.1", "10.20.0.15/24",
                "0x0a.20.0.15", "167772175"}) {
            assertThatThrownBy(() -> normalised(ip(typed))).as(typed)
                    .isInstanceOf(RuleViolation.class).hasMessage("not an IP address: " + typed);
        }
    }

    @Test
    void malformedIpv6IsRefused() {
        for (String typed : new String[] {"2001:db8::1::2", "fe80::1%ether1", "[2001:db8::1]", "2001:db8::g",
                "1:2:3:4:5:6:7:8:9"}) {
            assertThatThrownBy(() -> normalised(ip(typed))).as(typed)
                    .isInstanceOf(RuleViolation.class).hasMessage("not an IP address: " + typed);
        }
    }

    @Test
    void aMacThatNamesNoDeviceIsARuleViolationSoTheClientIsTold() {
        assertThatThrownBy(() -> normalised(new NetworkSettings(null, "01:00:5E:00:00:01", null, null, null, null,
                null)))
                .isInstanceOf(RuleViolation.class)
                .hasMessage("macAddress is a group address, not a device's: 01:00:5E:00:00:01");
    }

    @Test
    void theVlanIsANumberFrom1To4094WithoutLeadingZeros() {
        assertThat(normalised(vlan("1")).vlanId()).isEqualTo("1");
        assertThat(normalised(vlan("0001")).vlanId()).isEqualTo("1");
        assertThat(normalised(vlan(null)).vlanId()).isNull();
        for (String typed : new String[] {"00000", "-1", "+5", "1.5", "12345", "4095"}) {
            assertThatThrownBy(() -> normalised(vlan(typed))).as(typed)
                    .isInstanceOf(RuleViolation.class).hasMessage("vlanId is a number from 1 to 4094: " + typed);
        }
    }

    @Test
    void interfaceAndDescriptionFitTheirColumns() {
        NetworkSettings longest = normalised(new NetworkSettings("10.20.0.15", null, "i".repeat(100), null,
                "d".repeat(500), null, null));
        assertThat(longest.interfaceName()).hasSize(100);
        assertThat(longest.description()).hasSize(500);
        assertThatThrownBy(() -> normalised(new NetworkSettings("10.20.0.15", null, "i".repeat(101), null, null,
                null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("interface is longer than 100 characters");
        assertThatThrownBy(() -> normalised(new NetworkSettings("10.20.0.15", null, null, null, "d".repeat(501),
                null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("description is longer than 500 characters");
    }

    @Test
    void aNetworkNeedsSettingsWithAnIpOrAMac() {
        assertThatThrownBy(() -> normalised(null))
                .isInstanceOf(RuleViolation.class).hasMessage("a network's settings are required");
        assertThatThrownBy(() -> normalised(new NetworkSettings(" ", "", "ether2", "10", null, true, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("a network needs an ipAddress, a macAddress or both");
    }

    private static NetworkSettings normalised(NetworkSettings settings) {
        return SubscriptionCreation.normalised(settings);
    }

    private static NetworkSettings ip(String ip) {
        return new NetworkSettings(ip, null, null, null, null, null, null);
    }

    private static NetworkSettings vlan(String vlan) {
        return new NetworkSettings("10.20.0.15", null, null, vlan, null, null, null);
    }

    @Test
    void networkTextHoldsNoNulAndTheInterfaceIsOneLine() {
        assertThatThrownBy(() -> normalised(new NetworkSettings("10.20.0.15", null, "ether\u00002", null, null,
                null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("NUL");
        assertThatThrownBy(() -> normalised(new NetworkSettings("10.20.0.15", null, "ether2\nether3", null, null,
                null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("interface is one line");
        assertThatThrownBy(() -> normalised(new NetworkSettings("10.20.0.15", null, null, null, null, null,
                java.util.Map.of("queue", "a\u0000"))))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("networkConfig holds the NUL character");
        assertThat(normalised(new NetworkSettings("10.20.0.15", null, null, null, "rumah\nlantai 2", null, null))
                .description()).isEqualTo("rumah\nlantai 2");
    }
}
