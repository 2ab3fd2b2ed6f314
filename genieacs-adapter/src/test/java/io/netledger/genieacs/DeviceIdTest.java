package io.netledger.genieacs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceIdTest {

    @Test
    void parsesOuiProductClassAndSerialNumber() {
        DeviceId id = DeviceId.parse("202BC1-BM632w-000000");

        assertThat(id.oui()).isEqualTo("202BC1");
        assertThat(id.productClass()).contains("BM632w");
        assertThat(id.serialNumber()).isEqualTo("000000");
    }

    @Test
    void parsesHuaweiOntId() {
        DeviceId id = DeviceId.parse("00259E-HG8245H-48575443A1B2C3D4");

        assertThat(id.oui()).isEqualTo("00259E");
        assertThat(id.productClass()).contains("HG8245H");
        assertThat(id.serialNumber()).isEqualTo("48575443A1B2C3D4");
    }

    @Test
    void decodesAnEscapedHyphenInsideTheProductClass() {
        DeviceId id = DeviceId.parse("00259E-HG8245H%2D5-48575443A1B2C3D4");

        assertThat(id.oui()).isEqualTo("00259E");
        assertThat(id.productClass()).contains("HG8245H-5");
        assertThat(id.serialNumber()).isEqualTo("48575443A1B2C3D4");
        assertThat(id.value()).isEqualTo("00259E-HG8245H%2D5-48575443A1B2C3D4");
    }

    @Test
    void decodesEscapedSpacesAndUtf8() {
        DeviceId id = DeviceId.parse("E0CEC3-Archer%20C6%20v2%2E0-SN%C3%9C1");

        assertThat(id.productClass()).contains("Archer C6 v2.0");
        assertThat(id.serialNumber()).isEqualTo("SNÜ1");
    }

    @Test
    void takesTheSerialNumberAfterTheLastHyphenAndTheProductClassBetween() {
        DeviceId id = DeviceId.parse("00259E-HG-8245H-48575443A1B2C3D4");

        assertThat(id.productClass()).contains("HG-8245H");
        assertThat(id.serialNumber()).isEqualTo("48575443A1B2C3D4");
    }

    @Test
    void hasNoProductClassWhenTheCpeReportedNone() {
        DeviceId id = DeviceId.parse("001E58-ABC123456");

        assertThat(id.oui()).isEqualTo("001E58");
        assertThat(id.productClass()).isEmpty();
        assertThat(id.serialNumber()).isEqualTo("ABC123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "00259E", "-HG8245H-4857", "00259E-HG8245H-", "00259E--4857", "00259E-%20-4857",
        "00259E-", "-4857"})
    void refusesIdWithMissingOrBlankPart(String id) {
        assertThatThrownBy(() -> DeviceId.parse(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNullId() {
        assertThatThrownBy(() -> DeviceId.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00259E-HG8245H%2-4857", "00259E-HG8245H%ZZ-4857", "00259E-HG8245H-4857%", "00259E-X-%FF"})
    void refusesMalformedEscapes(String id) {
        assertThatThrownBy(() -> DeviceId.parse(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "202BC1-BM632w-000000,                 202BC1-BM632w-000000",
        "00259E-HG8245H-48575443A1B2C3D4,      00259E-HG8245H-48575443A1B2C3D4",
        "00259E-HG8245H%2D5-48575443A1B2C3D4,  00259E-HG8245H%252D5-48575443A1B2C3D4",
        "E0CEC3-Archer%20C6-22,                E0CEC3-Archer%2520C6-22",
        "001E58-ABC_123,                       001E58-ABC_123",
    })
    void encodesTheWholeIdAsOnePathSegment(String id, String segment) {
        assertThat(DeviceId.parse(id).pathSegment()).isEqualTo(segment);
    }

    @Test
    void encodesALiteralSpaceAsPercent20NotPlus() {
        assertThat(DeviceId.parse("00259E-HG 8245H-4857").pathSegment()).isEqualTo("00259E-HG%208245H-4857");
    }

    @Test
    void pathSegmentHoldsOnlyCharactersTheNbiRouteAccepts() {
        String segment = DeviceId.parse("E0CEC3-Archer C6/v2.0+x~-SN%C3%9C1").pathSegment();

        assertThat(segment).matches("[a-zA-Z0-9\\-_%]+");
    }

    @Test
    void buildsTheIdGenieAcsWouldFromDeviceIdValues() {
        assertThat(DeviceId.of("00259E", "HG8245H-5", "48575443A1B2C3D4").value())
                .isEqualTo("00259E-HG8245H%2D5-48575443A1B2C3D4");
        assertThat(DeviceId.of("E0CEC3", "Archer C6 v2.0", "SNÜ1").value())
                .isEqualTo("E0CEC3-Archer%20C6%20v2%2E0-SN%C3%9C1");
        assertThat(DeviceId.of("001E58", "", "ABC123456").value()).isEqualTo("001E58-ABC123456");
        assertThat(DeviceId.of("001E58", null, "ABC123456").productClass()).isEmpty();
    }

    @Test
    void parsingABuiltIdGivesBackItsParts() {
        DeviceId built = DeviceId.of("00259E", "HG8245H-5", "4857-5443");
        DeviceId parsed = DeviceId.parse(built.value());

        assertThat(parsed).isEqualTo(built);
        assertThat(parsed.oui()).isEqualTo("00259E");
        assertThat(parsed.productClass()).contains("HG8245H-5");
        assertThat(parsed.serialNumber()).isEqualTo("4857-5443");
    }

    @Test
    void refusesToBuildIdWithBlankOuiOrSerialNumber() {
        assertThatThrownBy(() -> DeviceId.of(" ", "HG8245H", "4857")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeviceId.of("00259E", "HG8245H", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeviceId.of("00259E", " ", "4857")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isEqualByItsIdAndPrintsAsIt() {
        assertThat(DeviceId.parse("202BC1-BM632w-000000")).isEqualTo(DeviceId.parse("202BC1-BM632w-000000"))
                .hasSameHashCodeAs(DeviceId.parse("202BC1-BM632w-000000"))
                .isNotEqualTo(DeviceId.parse("202BC1-BM632w-000001"))
                .hasToString("202BC1-BM632w-000000");
    }
}
