package io.netledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Email, CustomerCode, PppUsername and the books' dates: each value keeps its own rule. */
class FieldValuesTest {

    @Test
    void anEmailIsStrippedAndLowerCasedAndMustLookLikeOne() {
        assertThat(Email.of("  Sari.Dewi@Example.CO.ID ").value()).isEqualTo("sari.dewi@example.co.id");
        for (String bad : new String[] {"sari", "sari@example", "sa ri@example.com", "a@b@c.com", "a\u0000@b.com",
                "a@b.com\nBcc: x@y.com"}) {
            assertThatThrownBy(() -> Email.of(bad)).as(bad).isInstanceOf(RuleViolation.class);
        }
        String local = "a".repeat(Email.MAX_LENGTH - "@b.id".length());
        assertThat(Email.of(local + "@b.id").value()).hasSize(Email.MAX_LENGTH);
        assertThatThrownBy(() -> Email.of(local + "a@b.id")).hasMessage("email is longer than 255 characters");
    }

    @Test
    void aCustomerCodeIsUpToThirtyTwoLettersDigitsAndSeparators() {
        assertThat(CustomerCode.of(" CUST-000123 ").value()).isEqualTo("CUST-000123");
        assertThat(CustomerCode.of("JKT/2026.07_1").value()).isEqualTo("JKT/2026.07_1");
        for (String bad : new String[] {"", "-CUST", "CUST 1", "CUST\u00001", "X".repeat(33)}) {
            assertThatThrownBy(() -> CustomerCode.of(bad)).as(bad).isInstanceOf(RuleViolation.class)
                    .hasMessageStartingWith("customerCode is up to 32 letters");
        }
    }

    @Test
    void aPppUsernameHoldsOnlyWhatRouterOsTakesUnquoted() {
        assertThat(PppUsername.of("Sari.Dewi@rt02+1_a-b").value()).isEqualTo("Sari.Dewi@rt02+1_a-b");
        for (String bad : new String[] {"", "sari dewi", "sari\"", "sari;", "sari\u0000", "u".repeat(65), "sári"}) {
            assertThatThrownBy(() -> PppUsername.of(bad)).as(bad).isInstanceOf(RuleViolation.class)
                    .hasMessageStartingWith("username is 1 to 64 letters");
        }
        assertThatThrownBy(() -> PppUsername.of(null)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void theBooksHoldDatesFrom1900ToTheEndOf2199() {
        assertThat(Dates.within("startDate", LocalDate.of(2199, 12, 31))).isEqualTo(LocalDate.of(2199, 12, 31));
        assertThatThrownBy(() -> Dates.within("startDate", LocalDate.of(20266, 1, 1)))
                .isInstanceOf(RuleViolation.class).hasMessage("startDate must lie between 1900-01-01 and 2199-12-31: "
                        + LocalDate.of(20266, 1, 1));
        assertThatThrownBy(() -> Dates.within("paidAt", Instant.parse("1899-12-31T23:59:59Z")))
                .isInstanceOf(RuleViolation.class);
        assertThat(Dates.within("paidAt", (Instant) null)).isNull();
    }
}
