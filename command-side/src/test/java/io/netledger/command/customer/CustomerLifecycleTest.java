package io.netledger.command.customer;

import io.netledger.api.RuleViolation;
import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.customer.CustomerErased;
import io.netledger.api.customer.CustomerReactivated;
import io.netledger.api.customer.CustomerRegistered;
import io.netledger.api.customer.CustomerSuspended;
import io.netledger.api.customer.CustomerTerminated;
import io.netledger.api.customer.ReactivateCustomer;
import io.netledger.api.customer.SuspendCustomer;
import io.netledger.api.customer.TerminateCustomer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer is active, suspended for a reason, or terminated for good. */
class CustomerLifecycleTest {

    private static final long CUSTOMER = 913_000_000_000_000_301L;
    private static final CustomerRegistered REGISTERED = CustomerRegistered.of(CUSTOMER, "CUST-000301",
            new CustomerDetails("Budi Santoso", "budi@mail.id", "+6281234567890", null, "Bekasi", null, null, null,
                    Map.of()), LocalDate.of(2026, 11, 1));
    private static final CustomerSuspended SUSPENDED = new CustomerSuspended(CUSTOMER, "pindah rumah");

    private AggregateTestFixture<Customer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Customer.class);
    }

    @Test
    void anActiveCustomerIsSuspendedWithAReasonOnce() {
        fixture.given(REGISTERED)
                .when(new SuspendCustomer(CUSTOMER, null, " pindah rumah "))
                .expectEvents(SUSPENDED);
        fixture.given(REGISTERED)
                .when(new SuspendCustomer(CUSTOMER, null, ""))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("reason is required");
        fixture.given(REGISTERED, SUSPENDED)
                .when(new SuspendCustomer(CUSTOMER, null, "lagi"))
                .expectNoEvents();
    }

    @Test
    void aSuspendedCustomerIsReactivatedAndAnActiveOneStaysAsItIs() {
        fixture.given(REGISTERED, SUSPENDED)
                .when(new ReactivateCustomer(CUSTOMER, null))
                .expectEvents(new CustomerReactivated(CUSTOMER));
        fixture.given(REGISTERED)
                .when(new ReactivateCustomer(CUSTOMER, null))
                .expectNoEvents();
    }

    @Test
    void terminationIsFinal() {
        fixture.given(REGISTERED, SUSPENDED)
                .when(new TerminateCustomer(CUSTOMER, null, "berhenti"))
                .expectEvents(new CustomerTerminated(CUSTOMER, "berhenti"));
        fixture.given(REGISTERED)
                .when(new TerminateCustomer(CUSTOMER, null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("reason is required");
        CustomerTerminated terminated = new CustomerTerminated(CUSTOMER, "berhenti");
        fixture.given(REGISTERED, terminated)
                .when(new ReactivateCustomer(CUSTOMER, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("customer " + CUSTOMER + " is terminated and cannot be reactivated");
        fixture.given(REGISTERED, terminated)
                .when(new SuspendCustomer(CUSTOMER, null, "x"))
                .expectException(RuleViolation.class);
        fixture.given(REGISTERED, terminated)
                .when(new TerminateCustomer(CUSTOMER, null, "lagi"))
                .expectNoEvents();
    }

    @Test
    void aReasonHoldsNoNulAndFitsFiveHundredCharacters() {
        fixture.given(REGISTERED)
                .when(new SuspendCustomer(CUSTOMER, null, "pindah\u0000rumah"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("reason holds the NUL character (\\u0000), which cannot be stored")
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new TerminateCustomer(CUSTOMER, null, "r".repeat(501)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("reason is longer than 500 characters")
                .expectNoEvents();
    }

    @Test
    void anErasedCustomerTakesNoCommandThatWouldRecordAnythingOfHimAgain() {
        CustomerErased erased = new CustomerErased(CUSTOMER, "permintaan penghapusan", List.of());
        fixture.given(REGISTERED, new CustomerTerminated(CUSTOMER, "pindah"), erased)
                .when(new ReactivateCustomer(CUSTOMER, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("customer " + CUSTOMER + " is erased and cannot be reactivated");
        fixture.given(REGISTERED, new CustomerTerminated(CUSTOMER, "pindah"), erased)
                .when(new TerminateCustomer(CUSTOMER, null, "lagi"))
                .expectNoEvents();
    }
}
