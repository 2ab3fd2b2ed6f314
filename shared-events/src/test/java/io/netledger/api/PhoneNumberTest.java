package io.netledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One number, one spelling: however an Indonesian subscriber types it, it is stored in E.164. */
class PhoneNumberTest {

    private static final String SARI = "+6281298765432";

    @Test
    void everyCommonIndonesianSpellingIsOneNumber() {
        for (String typed : new String[] {"0812-9876-5432", "0812 9876 5432", "0812.9876.5432", "(0812) 98765432",
                "6281298765432", "+62 812-9876-5432", "0062 812 9876 5432", "812 9876 5432", " 081298765432 "}) {
            assertThat(PhoneNumber.normalise(typed)).as(typed).isEqualTo(SARI);
        }
    }

    @Test
    void theTrunkZeroWrittenAfterTheCountryCodeIsDropped() {
        for (String typed : new String[] {"+62 0812-9876-5432", "+62 (0)812 9876 5432", "62 0812 9876 5432",
                "0062 0812 9876 5432"}) {
            assertThat(PhoneNumber.normalise(typed)).as(typed).isEqualTo(SARI);
        }
    }

    @Test
    void foreignNumbersKeepTheirCountryCode() {
        assertThat(PhoneNumber.normalise("+44 20 7946 0958")).isEqualTo("+442079460958");
        assertThat(PhoneNumber.normalise("+1 (415) 555-0100")).isEqualTo("+14155550100");
        assertThat(PhoneNumber.normalise("00 60 12-345 6789")).isEqualTo("+60123456789");
    }

    @Test
    void e164HoldsSevenToFifteenDigits() {
        assertThat(PhoneNumber.normalise("+1234567")).isEqualTo("+1234567");
        assertThat(PhoneNumber.normalise("+123456789012345")).isEqualTo("+123456789012345");
        assertThatThrownBy(() -> PhoneNumber.normalise("+123456")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneNumber.normalise("+1234567890123456"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneNumber.normalise("0812-9876-5432-1234"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anythingButDigitsAndTheUsualSeparatorsIsRefusedNamingWhatWasTyped() {
        for (String typed : new String[] {"0812-9876-543O", "0812/9876/5432", "0812 9876 5432 ext 12", "++62812987654",
                "+62+812987654", "", "-", "+"}) {
            assertThatThrownBy(() -> PhoneNumber.normalise(typed)).as(typed)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("phone must be a phone number such as 0812-3456-7890 or +6281234567890: " + typed);
        }
    }
}
