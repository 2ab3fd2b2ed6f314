package io.netledger.saga.customer;

import io.netledger.api.Money;
import io.netledger.api.RuleViolation;
import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.customer.CustomerReactivated;
import io.netledger.api.customer.CustomerRegistered;
import io.netledger.api.customer.CustomerSuspended;
import io.netledger.api.customer.CustomerTerminated;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.secret.Sealed;
import io.netledger.api.subscription.ReactivateSubscription;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionExpired;
import io.netledger.api.subscription.SubscriptionReactivated;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.api.subscription.SuspendSubscription;
import io.netledger.api.subscription.TerminateSubscription;
import io.netledger.saga.SagaCommands;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.saga.ContinuedGivenState;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer's suspension, reactivation and termination carried to his subscriptions. */
class CustomerSubscriptionsTest {

    private static final long CUSTOMER = 913_000_000_000_000_501L;
    private static final long A = 801L;
    private static final long B = 802L;
    private static final long C = 803L;
    private static final long D = 804L;
    private static final long E = 805L;
    private static final LocalDate PAID_UNTIL = LocalDate.of(2026, 12, 1);
    private static final CustomerRegistered REGISTERED = CustomerRegistered.of(CUSTOMER, "CUST-000501",
            new CustomerDetails("Siti Aminah", null, "+6281234567891", null, "Bekasi", null, null, null, Map.of()),
            LocalDate.of(2026, 11, 1));
    private static final CustomerSuspended CUSTOMER_SUSPENDED = new CustomerSuspended(CUSTOMER,
            "pindah rumah sementara");
    private static final CustomerTerminated CUSTOMER_TERMINATED = new CustomerTerminated(CUSTOMER,
            "berhenti berlangganan");

    private final SagaTestFixture<CustomerSubscriptions> fixture = new SagaTestFixture<>(CustomerSubscriptions.class);
    /** The customer's own stream, where the saga reads his status when his first subscription appears. */
    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private long customerEvents;

    @BeforeEach
    void resources() {
        fixture.registerResource(new SagaCommands(DefaultCommandGateway.builder()
                .commandBus(fixture.getCommandBus()).build(), Runnable::run));
        fixture.registerResource(store);
        stored(REGISTERED);
    }

    @Test
    void aTerminationTerminatesEachOfHisSubscriptionsThatIsNotTerminatedYet() {
        given(created(A), activated(A), created(B), created(C), new SubscriptionTerminated(C, "pindah"))
                .whenPublishingA(CUSTOMER_TERMINATED)
                .expectDispatchedCommands(terminate(A), terminate(B))
                .expectActiveSagas(1);
    }

    @Test
    void theSagaEndsWhenHisLastSubscriptionIsTerminated() {
        given(created(A), created(B), CUSTOMER_TERMINATED, new SubscriptionTerminated(A,
                TerminateSubscription.CUSTOMER_TERMINATED))
                .whenPublishingA(new SubscriptionTerminated(B, TerminateSubscription.CUSTOMER_TERMINATED))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0);
    }

    @Test
    void theSagaEndsWithHisLastOpenSubscriptionEvenWhileHeStaysACustomer() {
        given(created(A), created(B), new SubscriptionTerminated(A, "pindah"))
                .whenPublishingA(new SubscriptionTerminated(B, "pindah"))
                .expectActiveSagas(0);
    }

    @Test
    void aRedeliveredTerminationTerminatesNothingTwice() {
        given(created(A), activated(A), CUSTOMER_TERMINATED)
                .whenPublishingA(CUSTOMER_TERMINATED)
                .expectNoDispatchedCommands();
    }

    @Test
    void aSubscriptionStaffTerminatedAMomentEarlierIsRefusedWithoutHarmToTheOthers() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof TerminateSubscription terminate && terminate.subscriptionId() == A) {
                throw new RuleViolation("subscription " + A + " is already terminated");
            }
            return null;
        });
        given(created(A), activated(A), created(B), activated(B))
                .whenPublishingA(CUSTOMER_TERMINATED)
                .expectSuccessfulHandlerExecution()
                .expectDispatchedCommands(terminate(A), terminate(B))
                .expectActiveSagas(1);
    }

    @Test
    void aSubscriptionCreatedWhileHisTerminationWasStoredIsTerminated() {
        stored(CUSTOMER_TERMINATED);
        fixture.givenNoPriorActivity()
                .whenPublishingA(created(B))
                .expectDispatchedCommands(terminate(B));
    }

    @Test
    void aSuspensionSuspendsHisActiveSubscriptionsOnly() {
        given(created(A), activated(A), created(B),
                created(D), activated(D), new SubscriptionSuspended(D, "cek kabel"),
                created(E), activated(E), new SubscriptionExpired(E))
                .whenPublishingA(CUSTOMER_SUSPENDED)
                .expectDispatchedCommands(suspend(A));
    }

    @Test
    void aRedeliveredSuspensionSuspendsNothingTwice() {
        given(created(A), activated(A), CUSTOMER_SUSPENDED)
                .whenPublishingA(CUSTOMER_SUSPENDED)
                .expectNoDispatchedCommands();
    }

    @Test
    void aReactivationLiftsOnlyTheSuspensionsThatWereHis() {
        given(created(A), activated(A),
                created(D), activated(D), new SubscriptionSuspended(D, "invoice 9 overdue past the grace days"),
                created(E), activated(E),
                CUSTOMER_SUSPENDED,
                suspendedForCustomer(A), suspendedForCustomer(E), new SubscriptionExpired(E))
                .whenPublishingA(new CustomerReactivated(CUSTOMER))
                .expectDispatchedCommands(new ReactivateSubscription(A, null));
    }

    @Test
    void aSubscriptionPaidForWhileHeIsSuspendedIsSuspendedAsWell() {
        given(created(B), CUSTOMER_SUSPENDED)
                .whenPublishingA(activated(B))
                .expectDispatchedCommands(suspend(B));
    }

    @Test
    void aSubscriptionReactivatedWhileHeIsSuspendedIsSuspendedAgain() {
        given(created(A), activated(A), CUSTOMER_SUSPENDED, suspendedForCustomer(A))
                .whenPublishingA(new SubscriptionReactivated(A))
                .expectDispatchedCommands(suspend(A));
    }

    @Test
    void aSuspensionThatLandsAfterHisReactivationIsLiftedAtOnce() {
        given(created(A), activated(A), CUSTOMER_SUSPENDED, new CustomerReactivated(CUSTOMER))
                .whenPublishingA(suspendedForCustomer(A))
                .expectDispatchedCommands(new ReactivateSubscription(A, null));
    }

    @Test
    void aSubscriptionSoldToASuspendedCustomerIsSuspendedOncePaid() {
        stored(CUSTOMER_SUSPENDED);
        given(created(B))
                .whenPublishingA(activated(B))
                .expectDispatchedCommands(suspend(B));
    }

    private void stored(Object customerEvent) {
        store.publish(new GenericDomainEventMessage<>("Customer", String.valueOf(CUSTOMER), customerEvents++,
                customerEvent));
    }

    private ContinuedGivenState given(Object first, Object... then) {
        ContinuedGivenState given = fixture.givenAPublished(first);
        for (Object event : then) {
            given = given.andThenAPublished(event);
        }
        return given;
    }

    private static SubscriptionCreated created(long subscriptionId) {
        return new SubscriptionCreated(subscriptionId, CUSTOMER, 10L, 5L, "siti-" + subscriptionId,
                new Sealed("k1:c2VhbGVkIHBwcG9lIHBhc3N3b3Jk"), Money.of(new BigDecimal("150000")),
                BillingCycle.MONTHLY, LocalDate.of(2026, 11, 1));
    }

    private static SubscriptionActivated activated(long subscriptionId) {
        return new SubscriptionActivated(subscriptionId, PAID_UNTIL);
    }

    private static SubscriptionSuspended suspendedForCustomer(long subscriptionId) {
        return new SubscriptionSuspended(subscriptionId, SuspendSubscription.CUSTOMER_SUSPENDED);
    }

    private static SuspendSubscription suspend(long subscriptionId) {
        return new SuspendSubscription(subscriptionId, null, SuspendSubscription.CUSTOMER_SUSPENDED);
    }

    private static TerminateSubscription terminate(long subscriptionId) {
        return new TerminateSubscription(subscriptionId, null, TerminateSubscription.CUSTOMER_TERMINATED);
    }
}
