package io.netledger.saga.dunning;

import io.netledger.api.Money;
import io.netledger.api.invoice.InvoiceOverdue;
import io.netledger.api.invoice.InvoicePaid;
import io.netledger.api.invoice.InvoiceReopened;
import io.netledger.api.invoice.InvoiceStatus;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.secret.Sealed;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.api.subscription.SuspendSubscription;
import io.netledger.routeros.RouterLogin;
import io.netledger.saga.NetworkCatalogue;
import io.netledger.saga.PlanOnRouter;
import io.netledger.saga.SagaCommands;
import io.netledger.saga.SuspensionPolicy;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionDunningTest {

    private static final long SUB = 700L;
    private static final long INVOICE = 900L;
    private static final LocalDate PAID_UNTIL = LocalDate.of(2026, 12, 1);
    private static final SubscriptionCreated CREATED = new SubscriptionCreated(SUB, 1L, 10L, 5L, "budi@rt05",
            new Sealed("k1:c2VhbGVkIHBwcG9lIHBhc3N3b3Jk"), Money.of(new BigDecimal("150000")), BillingCycle.MONTHLY,
            LocalDate.of(2026, 11, 1));
    private static final InvoicePaid PAID = new InvoicePaid(INVOICE, 1L, SUB, PaymentChannel.MIDTRANS,
            Instant.parse("2026-11-02T03:00:00Z"), PAID_UNTIL);
    private static final SubscriptionActivated ACTIVATED = new SubscriptionActivated(SUB, PAID_UNTIL);

    private final SagaTestFixture<SubscriptionDunning> fixture = new SagaTestFixture<>(SubscriptionDunning.class);
    private int graceDays = 3;

    @BeforeEach
    void resources() {
        fixture.registerResource(new SagaCommands(DefaultCommandGateway.builder()
                .commandBus(fixture.getCommandBus()).build(), Runnable::run));
        fixture.registerResource(new NetworkCatalogue() {
            @Override
            public RouterLogin nas(long nasServerId) {
                throw new AssertionError("dunning never looks a router up");
            }

            @Override
            public PlanOnRouter plan(long servicePlanId) {
                throw new AssertionError("dunning never looks a plan up");
            }

            @Override
            public SuspensionPolicy suspension() {
                return new SuspensionPolicy(false, null, graceDays);
            }

            @Override
            public boolean managesAccounts(long nasServerId) {
                return true;
            }
        });
    }

    @Test
    void anInvoiceOverdueLongerThanTheGraceDaysSuspendsUnlessItIsPaidFirst() {
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, PAID, ACTIVATED)
                .whenPublishingA(new InvoiceOverdue(INVOICE + 1, 1L, SUB))
                .expectScheduledDeadlineWithName(Duration.ofDays(3), SubscriptionDunning.GRACE_DEADLINE)
                .expectNoDispatchedCommands();
        fixture.whenTimeElapses(Duration.ofDays(3))
                .expectDispatchedCommands(new SuspendSubscription(SUB, null,
                        "invoice " + (INVOICE + 1) + " overdue past the grace days"));

        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, PAID, ACTIVATED,
                        new InvoiceOverdue(INVOICE + 1, 1L, SUB))
                .whenPublishingA(new InvoicePaid(INVOICE + 1, 1L, SUB, PaymentChannel.MIDTRANS, Instant.now(),
                        PAID_UNTIL.plusMonths(1)))
                .expectNoScheduledDeadlineWithName(Duration.ofDays(3), SubscriptionDunning.GRACE_DEADLINE);
        fixture.whenTimeElapses(Duration.ofDays(4)).expectNoDispatchedCommands();
    }

    @Test
    void theGraceDaysComeFromTheSettings() {
        graceDays = 7;
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, PAID, ACTIVATED)
                .whenPublishingA(new InvoiceOverdue(INVOICE + 1, 1L, SUB))
                .expectScheduledDeadlineWithName(Duration.ofDays(7), SubscriptionDunning.GRACE_DEADLINE);
    }

    @Test
    void anOverdueInvoiceOfASubscriptionThatIsNotActiveWaitsForNothing() {
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, PAID, ACTIVATED,
                        new SubscriptionSuspended(SUB, "cek kabel"))
                .whenPublishingA(new InvoiceOverdue(INVOICE + 1, 1L, SUB))
                .expectNoScheduledDeadlines()
                .expectNoDispatchedCommands();
    }

    @Test
    void aTerminationCancelsTheGraceAndEndsTheSaga() {
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, PAID, ACTIVATED,
                        new InvoiceOverdue(INVOICE + 1, 1L, SUB))
                .whenPublishingA(new SubscriptionTerminated(SUB, "pindah rumah"))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
        fixture.whenTimeElapses(Duration.ofDays(4)).expectNoDispatchedCommands();
    }

    @Test
    void aRefundOrChargebackThatReopensAPaidInvoiceSuspends() {
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, PAID, ACTIVATED)
                .whenPublishingA(new InvoiceReopened(INVOICE, InvoiceStatus.SENT, SUB, true))
                .expectDispatchedCommands(new SuspendSubscription(SUB, null, "chargeback of paid invoice " + INVOICE));
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, PAID, ACTIVATED)
                .whenPublishingA(new InvoiceReopened(INVOICE, InvoiceStatus.SENT, SUB, false))
                .expectDispatchedCommands(new SuspendSubscription(SUB, null, "refund of paid invoice " + INVOICE));
    }
}
