package io.netledger.saga.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netledger.api.IspCalendar;
import io.netledger.api.Money;
import io.netledger.api.invoice.InvoicePaid;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.provisioning.CompleteRouterWork;
import io.netledger.api.provisioning.RouterOperation;
import io.netledger.api.provisioning.StartRouterWork;
import io.netledger.api.secret.Sealed;
import io.netledger.api.subscription.FairUsageApplied;
import io.netledger.api.subscription.FairUsageLifted;
import io.netledger.api.subscription.LiftFairUsage;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.routeros.RateLimit;
import io.netledger.saga.PlanOnRouter;
import io.netledger.saga.SagaCommands;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plan's fair-usage speeds on the router while its data limit is reached, its own speeds again after. */
class FairUsageOnRouterTest {

    private static final long SUB = 710L;
    private static final long PLAN = 10L;
    private static final String USER = "sari@rt07";
    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final LocalDate DEC = LocalDate.of(2026, 12, 1);
    private static final LocalDate JAN = LocalDate.of(2027, 1, 1);
    private static final SubscriptionCreated CREATED = new SubscriptionCreated(SUB, 1L, PLAN, 5L, USER,
            new Sealed("k1:c2VhbGVk"), Money.of(new BigDecimal("150000")), BillingCycle.MONTHLY, START);
    private static final InvoicePaid PAID = new InvoicePaid(900L, 1L, SUB, PaymentChannel.MIDTRANS,
            Instant.parse("2026-11-02T03:00:00Z"), JAN);
    private static final FairUsageApplied APPLIED = new FairUsageApplied(SUB, DEC, JAN, 20_000_000_000L,
            20_000_000_000L);

    private final RouterDouble router = new RouterDouble();
    private final SubscriptionOnRouterTest.Catalogue catalogue = new SubscriptionOnRouterTest.Catalogue();
    private final SagaTestFixture<SubscriptionOnRouter> fixture = new SagaTestFixture<>(SubscriptionOnRouter.class);

    @BeforeEach
    void resources() {
        catalogue.plans.put(PLAN, PlanOnRouter.of(PLAN, 10_000, 20_000,
                Map.of("fairUsage", Map.of("downloadSpeed", 2_000, "uploadSpeed", 1_000))));
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return fixture.currentTime();
            }
        };
        SagaCommands commands = new SagaCommands(DefaultCommandGateway.builder()
                .commandBus(fixture.getCommandBus()).build(), Runnable::run);
        IspCalendar calendar = new IspCalendar(IspCalendar.WIB, clock);
        fixture.registerResource(new AccountWriter(router, catalogue, new RouterOutages(Duration.ofSeconds(5), clock)));
        fixture.registerResource(commands);
        fixture.registerResource(RetrySchedule.exponential(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(1), 3));
        fixture.registerResource(new WorkReports(commands, new ProvisioningMetrics(new SimpleMeterRegistry()),
                calendar));
        fixture.registerResource(calendar);
        fixture.setCallbackBehavior((command, metaData) -> 1L);
    }

    @Test
    void reachingTheLimitPutsTheAccountOnTheFairUsageProfileUntilThePeriodEnds() {
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, PAID, new SubscriptionActivated(SUB, JAN))
                .whenPublishingA(APPLIED)
                // the first of January in WIB, when the next period starts
                .expectScheduledDeadlineWithName(Instant.parse("2026-12-31T17:00:00Z"),
                        SubscriptionOnRouter.FAIR_USAGE_DEADLINE);
        assertThat(router.secrets.get(USER).profile()).isEqualTo("netledger-fup-1M-2M");
        assertThat(router.profiles).containsEntry("netledger-fup-1M-2M", new RateLimit(1_000, 2_000));
        assertThat(router.secrets.get(USER).disabled()).isFalse();
    }

    @Test
    void theEndOfThePeriodLiftsTheTermsAndTheAccountGetsThePlansOwnProfileBack() {
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, PAID, new SubscriptionActivated(SUB, JAN),
                        APPLIED)
                .whenTimeAdvancesTo(Instant.parse("2026-12-31T17:00:00Z"))
                .expectDispatchedCommands(new LiftFairUsage(SUB, LiftFairUsage.PERIOD_ENDED));

        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, PAID, new SubscriptionActivated(SUB, JAN),
                        APPLIED)
                .whenAggregate(String.valueOf(SUB)).publishes(new FairUsageLifted(SUB, DEC, LiftFairUsage.STAFF))
                .expectNoScheduledDeadlines();
        assertThat(router.secrets.get(USER).profile()).isEqualTo("netledger-10M-20M");
    }

    @Test
    void workUnderWayWhenTheLimitIsReachedWritesTheFairUsageProfileWhenItRuns() {
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED)
                .whenPublishingA(APPLIED);
        // not on the router yet: nothing to change now; the provisioning that follows writes what the books say
        assertThat(router.secrets).isEmpty();
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, APPLIED)
                .whenPublishingA(PAID)
                .expectDispatchedCommandsMatching(org.axonframework.test.matchers.Matchers.listWithAnyOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(CompleteRouterWork.class))));
        assertThat(router.secrets.get(USER).profile()).isEqualTo("netledger-fup-1M-2M");
    }

    @Test
    void aPlanWithoutFairUsageTermsKeepsItsOwnProfile() {
        catalogue.plans.put(PLAN, PlanOnRouter.of(PLAN, 10_000, 20_000, Map.of()));
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, PAID, new SubscriptionActivated(SUB, JAN))
                .whenPublishingA(APPLIED)
                .expectDispatchedCommandsMatching(org.axonframework.test.matchers.Matchers.listWithAnyOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.equalTo(new StartRouterWork(SUB, RouterOperation.CHANGE_PLAN,
                                        "fair usage: 20000000000 bytes of 20000000000")))));
        assertThat(router.secrets.get(USER).profile()).isEqualTo("netledger-10M-20M");
    }
}
