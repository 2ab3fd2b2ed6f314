package io.netledger.command.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netledger.api.RuleViolation;
import io.netledger.api.customer.ChangeCustomerDetails;
import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.customer.CustomerDetailsChanged;
import io.netledger.api.customer.CustomerRegistered;
import io.netledger.api.customer.CustomerSuspended;
import io.netledger.api.customer.CustomerTerminated;
import io.netledger.api.customer.ReactivateCustomer;
import io.netledger.api.customer.SuspendCustomer;
import io.netledger.api.customer.TerminateCustomer;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer rules {@link CustomerLifecycleTest} and {@link CustomerDetailsTest} leave
 * out: termination from active, what a repeat answers, changing details, and the
 * lengths of the {@code customers} columns.
 */
class CustomerTest {

    private static final long CUSTOMER = 913_000_000_000_000_302L;
    private static final CustomerDetails SARI = new CustomerDetails("Sari Wulandari", "sari@mail.id",
            "+6281298765432", "Jl. Melati 3", "Depok", "Jawa Barat", "16411", null, Map.of());
    private static final CustomerRegistered REGISTERED = CustomerRegistered.of(CUSTOMER, "CUST-000302", SARI,
            LocalDate.of(2026, 11, 1));
    private static final CustomerSuspended SUSPENDED = new CustomerSuspended(CUSTOMER, "pindah rumah");
    private static final CustomerTerminated TERMINATED = new CustomerTerminated(CUSTOMER, "berhenti");

    private AggregateTestFixture<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
        fixture.registerAnnotatedCommandHandler(new RegistrationWithoutDatabase(fixture.getRepository()));
    }

    @Test
    void anActiveCustomerIsTerminatedDirectlyWithTheReasonTrimmed() {
        fixture.given(REGISTERED)
                .when(new TerminateCustomer(CUSTOMER, null, "  berhenti "))
                .expectEvents(TERMINATED)
                .expectResultMessagePayload(1L);
    }

    @Test
    void aTerminatedCustomerIsNeitherSuspendedNorChanged() {
        fixture.given(REGISTERED, TERMINATED)
                .when(new SuspendCustomer(CUSTOMER, null, "telat bayar"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("customer " + CUSTOMER + " is terminated and cannot be suspended")
                .expectNoEvents();
        fixture.given(REGISTERED, TERMINATED)
                .when(new ChangeCustomerDetails(CUSTOMER, null, new CustomerDetails("Sari W.", null, null, null,
                        null, null, null, null, null)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("customer " + CUSTOMER + " is terminated and cannot be changed")
                .expectNoEvents();
    }

    @Test
    void aRepeatRecordsNothingAndAnswersTheCurrentVersion() {
        fixture.given(REGISTERED, SUSPENDED)
                .when(new SuspendCustomer(CUSTOMER, null, "lagi"))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
        fixture.given(REGISTERED)
                .when(new ReactivateCustomer(CUSTOMER, null))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
        fixture.given(REGISTERED, SUSPENDED, TERMINATED)
                .when(new TerminateCustomer(CUSTOMER, null, "lagi"))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void changedDetailsAreRecordedInTheirNormalSpelling() {
        CustomerDetails moved = new CustomerDetails("Sari Wulandari", "Sari.W@Mail.ID", "0813-1111-2222",
                "Jl. Kenanga 9", "Bogor", "Jawa Barat", "16111", "pelanggan lama", Map.of("rt", "05"));
        fixture.given(REGISTERED)
                .when(new ChangeCustomerDetails(CUSTOMER, null, moved))
                .expectEvents(CustomerDetailsChanged.of(CUSTOMER, moved.withContact("sari.w@mail.id",
                        "+6281311112222")))
                .expectResultMessagePayload(1L);
    }

    @Test
    void theSameDetailsTypedAnotherWayAreNoChange() {
        fixture.given(REGISTERED)
                .when(new ChangeCustomerDetails(CUSTOMER, null, new CustomerDetails(" Sari Wulandari ",
                        "SARI@mail.id", "0812-9876-5432", "Jl. Melati 3", "Depok", "Jawa Barat", "16411", " ",
                        null)))
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void theNameIsRequiredAndFitsItsColumn() {
        assertThatThrownBy(() -> CustomerCreation.normalised(null))
                .isInstanceOf(RuleViolation.class).hasMessage("name is required");
        assertThatThrownBy(() -> CustomerCreation.normalised(named("   ")))
                .isInstanceOf(RuleViolation.class).hasMessage("name is required");
        assertThatThrownBy(() -> CustomerCreation.normalised(named("n".repeat(256))))
                .isInstanceOf(RuleViolation.class).hasMessage("name is longer than 255 characters");
        assertThat(CustomerCreation.normalised(named("n".repeat(255))).name()).hasSize(255);
    }

    @Test
    void theEmailIsLowerCasedThenChecked() {
        assertThat(CustomerCreation.normalised(withEmail(" Sari.W@MAIL.Co.ID ")).email())
                .isEqualTo("sari.w@mail.co.id");
        for (String bad : new String[] {"sari", "sari@mail", "@mail.id", "sari@@mail.id", "sari w@mail.id",
                "sari@mail.", "sari@.id"}) {
            assertThatThrownBy(() -> CustomerCreation.normalised(withEmail(bad)))
                    .as(bad).isInstanceOf(RuleViolation.class).hasMessageStartingWith("email is not valid");
        }
        String longest = "s".repeat(246) + "@mail.id";
        assertThat(CustomerCreation.normalised(withEmail(longest)).email()).hasSize(254);
        assertThat(CustomerCreation.normalised(withEmail("s" + longest)).email()).hasSize(255);
        assertThatThrownBy(() -> CustomerCreation.normalised(withEmail("ss" + longest)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void thePhoneIsStoredInE164() {
        assertThat(CustomerCreation.normalised(withPhone("0812-3456-7890")).phone()).isEqualTo("+6281234567890");
        assertThat(CustomerCreation.normalised(withPhone("6281234567890")).phone()).isEqualTo("+6281234567890");
        assertThat(CustomerCreation.normalised(withPhone("+44 20 7946 0958")).phone()).isEqualTo("+442079460958");
        assertThat(CustomerCreation.normalised(withPhone(null)).phone()).isNull();
    }

    @Test
    void addressFieldsFitTheirColumns() {
        assertThat(CustomerCreation.normalised(new CustomerDetails("Sari", null, null, "a".repeat(500),
                "c".repeat(100), "p".repeat(100), "1".repeat(16), "n".repeat(10_000), null)))
                .as("every field at its limit; notes are unlimited text").isNotNull();
        assertThatThrownBy(() -> CustomerCreation.normalised(new CustomerDetails("Sari", null, null,
                "a".repeat(501), null, null, null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("address is longer than 500 characters");
        assertThatThrownBy(() -> CustomerCreation.normalised(new CustomerDetails("Sari", null, null, null, null,
                "p".repeat(101), null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("province is longer than 100 characters");
        assertThatThrownBy(() -> CustomerCreation.normalised(new CustomerDetails("Sari", null, null, null, null,
                null, "1".repeat(17), null, null)))
                .isInstanceOf(RuleViolation.class).hasMessage("postalCode is longer than 16 characters");
    }

    private static CustomerDetails named(String name) {
        return new CustomerDetails(name, null, null, null, null, null, null, null, null);
    }

    private static CustomerDetails withEmail(String email) {
        return new CustomerDetails("Sari", email, null, null, null, null, null, null, null);
    }

    private static CustomerDetails withPhone(String phone) {
        return new CustomerDetails("Sari", null, phone, null, null, null, null, null, null);
    }

    /**
     * Stands in for {@link CustomerCreation} without its database: it normalises,
     * loads the customer and calls the same aggregate method, leaving out the email claim
     * (tested over HTTP).
     */
    static final class RegistrationWithoutDatabase {

        private final Repository<Customer> customers;

        RegistrationWithoutDatabase(Repository<Customer> customers) {
            this.customers = customers;
        }

        @CommandHandler
        long handle(ChangeCustomerDetails command) {
            CustomerDetails details = CustomerCreation.normalised(command.details());
            return customers.load(String.valueOf(command.customerId()), command.expectedVersion())
                    .invoke(customer -> customer.change(details));
        }
    }
}
