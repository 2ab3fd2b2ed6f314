package io.netledger.command.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netledger.api.PhoneNumber;
import io.netledger.api.RuleViolation;
import io.netledger.api.customer.CustomerDetails;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contact details are stored in one spelling: lower-case email, E.164 phone. */
class CustomerDetailsTest {

    @Test
    void indonesianNumbersBecomeE164HoweverTheyAreTyped() {
        assertThat(PhoneNumber.normalise("0812-3456-7890")).isEqualTo("+6281234567890");
        assertThat(PhoneNumber.normalise("0812 3456 7890")).isEqualTo("+6281234567890");
        assertThat(PhoneNumber.normalise("6281234567890")).isEqualTo("+6281234567890");
        assertThat(PhoneNumber.normalise("+62 (812) 3456-7890")).isEqualTo("+6281234567890");
        assertThat(PhoneNumber.normalise("81234567890")).isEqualTo("+6281234567890");
        assertThat(PhoneNumber.normalise("(021) 5550123")).isEqualTo("+62215550123");
    }

    @Test
    void foreignNumbersStayInternational() {
        assertThat(PhoneNumber.normalise("+44 20 7946 0958")).isEqualTo("+442079460958");
        assertThat(PhoneNumber.normalise("0065 6123 4567")).isEqualTo("+6561234567");
    }

    @Test
    void whatCannotBeANumberIsRefused() {
        assertThatThrownBy(() -> PhoneNumber.normalise("12ab")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneNumber.normalise("0812")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneNumber.normalise("+0812345678")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detailsAreNormalisedAndChecked() {
        CustomerDetails normal = CustomerCreation.normalised(new CustomerDetails(" Budi ", "Budi@Mail.ID",
                "0812-3456-7890", "  ", "Bekasi", null, null, null, Map.of()));
        assertThat(normal.name()).isEqualTo("Budi");
        assertThat(normal.email()).isEqualTo("budi@mail.id");
        assertThat(normal.phone()).isEqualTo("+6281234567890");
        assertThat(normal.address()).as("blank is absent").isNull();

        assertThatThrownBy(() -> CustomerCreation.normalised(details(null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("name is required");
        assertThatThrownBy(() -> CustomerCreation.normalised(details("Budi", "budi@", null)))
                .isInstanceOf(RuleViolation.class).hasMessage("email is not valid: budi@");
        assertThatThrownBy(() -> CustomerCreation.normalised(details("Budi", null, "12ab")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("phone must be a phone number");
        assertThatThrownBy(() -> CustomerCreation.normalised(new CustomerDetails("Budi", null, null, null,
                "x".repeat(101), null, null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("city is longer than 100 characters");
    }

    private static CustomerDetails details(String name, String email, String phone) {
        return new CustomerDetails(name, email, phone, null, null, null, null, null, null);
    }

    @Test
    void everyDetailMustFitTheCustomersTable() {
        for (CustomerDetails bad : new CustomerDetails[] {
                new CustomerDetails("Budi\u0000", null, null, null, null, null, null, null, null),
                new CustomerDetails("Budi\nSantoso", null, null, null, null, null, null, null, null),
                new CustomerDetails("Budi", "budi\u0000@mail.id", null, null, null, null, null, null, null),
                new CustomerDetails("Budi", null, "0812\u00003456", null, null, null, null, null, null),
                new CustomerDetails("Budi", null, null, "Jl.\u0000", null, null, null, null, null),
                new CustomerDetails("Budi", null, null, null, "Be\nkasi", null, null, null, null),
                new CustomerDetails("Budi", null, null, null, null, null, "17\u00001", null, null),
                new CustomerDetails("Budi", null, null, null, null, null, null, "catatan\u0000", null),
                new CustomerDetails("Budi", null, null, null, null, null, null, "n".repeat(10_001), null),
                new CustomerDetails("Budi", null, null, null, null, null, null, null, Map.of("k", "v\u0000"))}) {
            assertThatThrownBy(() -> CustomerCreation.normalised(bad)).as(bad.toString())
                    .isInstanceOf(RuleViolation.class);
        }
        assertThat(CustomerCreation.normalised(new CustomerDetails("Budi", null, null, "Jl. Melati 3\nRT 02",
                null, null, null, "pelanggan lama\r\nbayar tunai", null)).address()).isEqualTo("Jl. Melati 3\nRT 02");
    }
}
