package io.netledger.saga.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netledger.api.IspCalendar;
import io.netledger.api.Money;
import io.netledger.api.invoice.InvoicePaid;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.secret.Sealed;
import io.netledger.api.subscription.ActivateSubscription;
import io.netledger.api.provisioning.CompleteRouterWork;
import io.netledger.api.subscription.ExtendSubscription;
import io.netledger.api.provisioning.FailRouterWork;
import io.netledger.api.subscription.NetworkAssigned;
import io.netledger.api.subscription.PrimaryNetworkChosen;
import io.netledger.api.subscription.ReactivateSubscription;
import io.netledger.api.provisioning.RouterOperation;
import io.netledger.api.provisioning.RouterRepairRequested;
import io.netledger.api.provisioning.RouterWorkFailed;
import io.netledger.api.provisioning.RouterWorkRetryRequested;
import io.netledger.api.provisioning.ScheduleRouterRetry;
import io.netledger.api.provisioning.StartRouterWork;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionPlanChangeScheduled;
import io.netledger.api.subscription.SubscriptionReactivated;
import io.netledger.api.subscription.SubscriptionImported;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.api.subscription.SuspendSubscription;
import io.netledger.routeros.EncryptedPassword;
import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.PppSecret;
import io.netledger.routeros.RateLimit;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterUnavailable;
import io.netledger.saga.NetworkCatalogue;
import io.netledger.saga.PlanOnRouter;
import io.netledger.saga.SagaCommands;
import io.netledger.saga.SuspensionPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionOnRouterTest {

    private static final long SUB = 700L;
    private static final long NAS = 5L;
    private static final long PLAN = 10L;
    private static final long FASTER_PLAN = 11L;
    private static final long INVOICE = 900L;
    private static final String USER = "budi@rt05";
    private static final String IP = "10.20.0.15";
    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final LocalDate PAID_UNTIL = LocalDate.of(2026, 12, 1);
    private static final Sealed PASSWORD = new Sealed("k1:c2VhbGVkIHBwcG9lIHBhc3N3b3Jk");

    private static final SubscriptionCreated CREATED = new SubscriptionCreated(SUB, 1L, PLAN, NAS, USER, PASSWORD,
            Money.of(new BigDecimal("150000")), BillingCycle.MONTHLY, START);
    private static final NetworkAssigned NETWORK = new NetworkAssigned(SUB, 31L, 1L, IP, null, null, null, null,
            Map.of());
    private static final PrimaryNetworkChosen PRIMARY = new PrimaryNetworkChosen(SUB, 31L);
    private static final InvoicePaid PAID = new InvoicePaid(INVOICE, 1L, SUB, PaymentChannel.MIDTRANS,
            Instant.parse("2026-11-02T03:00:00Z"), PAID_UNTIL);

    private final RouterDouble router = new RouterDouble();
    private final Catalogue catalogue = new Catalogue();
    private final SagaTestFixture<SubscriptionOnRouter> fixture = new SagaTestFixture<>(SubscriptionOnRouter.class);

    @BeforeEach
    void resources() {
        SagaCommands commands = new SagaCommands(DefaultCommandGateway.builder()
                .commandBus(fixture.getCommandBus()).build(), Runnable::run);
        IspCalendar calendar = new IspCalendar(IspCalendar.WIB, new FixtureClock());
        fixture.registerResource(new AccountWriter(router, catalogue,
                new RouterOutages(Duration.ofSeconds(5), new FixtureClock())));
        fixture.registerResource(commands);
        fixture.registerResource(RetrySchedule.exponential(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(1), 3));
        fixture.registerResource(new WorkReports(commands, new ProvisioningMetrics(new SimpleMeterRegistry()),
                calendar));
        fixture.registerResource(calendar);
    }

    /** The fixture's time, which moves when a test lets time elapse. */
    private final class FixtureClock extends Clock {

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
    }

    @Test
    void aPaidInvoiceProvisionsThePlanOnTheRouterThenActivatesUntilThePaidPeriodEnds() {
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY)
                .whenPublishingA(PAID)
                .expectDispatchedCommands(
                        new StartRouterWork(SUB, RouterOperation.PROVISION, "invoice " + INVOICE + " paid"),
                        new ActivateSubscription(SUB, null, PAID_UNTIL),
                        new CompleteRouterWork(SUB, RouterOperation.PROVISION, 1, secretId(), config("10M/20M")));
        assertThat(router.profiles).containsEntry("netledger-10M-20M", new RateLimit(10_000, 20_000));
        PppSecret secret = router.secrets.get(USER);
        assertThat(secret.disabled()).isFalse();
        assertThat(secret.profile()).isEqualTo("netledger-10M-20M");
        assertThat(secret.remoteAddress()).isEqualTo(IP);
        assertThat(secret.password()).isEqualTo(new EncryptedPassword(PASSWORD.value()));
        assertThat(router.calls).contains("removeAddressListEntry");
    }

    @Test
    void aSecondPaidInvoiceOfAnActiveSubscriptionOnlyExtendsIt() {
        InvoicePaid next = new InvoicePaid(INVOICE + 1, 1L, SUB, PaymentChannel.TRIPAY, Instant.now(),
                PAID_UNTIL.plusMonths(1));
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, PAID,
                        new SubscriptionActivated(SUB, PAID_UNTIL))
                .whenPublishingA(next)
                .expectDispatchedCommands(new ExtendSubscription(SUB, null, PAID_UNTIL.plusMonths(1)));
        assertThat(router.calls).containsOnlyOnce("ensurePppSecret");
    }

    @Test
    void aRouterThatCannotBeReachedIsTriedAgainLaterUntilItConverges() {
        router.unreachableFor("ensurePppSecret", 2);
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY)
                .whenPublishingA(PAID)
                .expectScheduledDeadlineWithName(Duration.ofSeconds(5), SubscriptionOnRouter.RETRY_DEADLINE)
                .expectDispatchedCommandsMatching(org.axonframework.test.matchers.Matchers.listWithAllOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(
                                org.hamcrest.Matchers.instanceOf(ScheduleRouterRetry.class))));
        ScheduleRouterRetry retry = sent(ScheduleRouterRetry.class);
        assertThat(retry.step()).isEqualTo("ensure_ppp_secret");
        assertThat(retry.attempt()).isEqualTo(1);
        assertThat(retry.error()).startsWith("timeout: connect timed out");
        assertThat(router.secrets).isEmpty();

        fixture.whenTimeElapses(Duration.ofSeconds(5))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(10), SubscriptionOnRouter.RETRY_DEADLINE);
        assertThat(sent(ScheduleRouterRetry.class).attempt()).isEqualTo(2);

        fixture.whenTimeElapses(Duration.ofSeconds(10))
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(new ActivateSubscription(SUB, null, PAID_UNTIL),
                        new CompleteRouterWork(SUB, RouterOperation.PROVISION, 3, secretId(), config("10M/20M")));
        assertThat(router.secrets.get(USER).disabled()).isFalse();
    }

    @Test
    void aRouterThatJustFailedIsNotAskedAgainByTheNextSubscriptionButRetriedLater() {
        long neighbour = SUB + 1;
        router.unreachableFor("ensurePppSecret", 1);
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, PAID)
                .andThenAggregate(String.valueOf(neighbour)).published(new SubscriptionCreated(neighbour, 2L, PLAN,
                        NAS, "tetangga", PASSWORD, Money.of(new BigDecimal("150000")), BillingCycle.MONTHLY, START));
        int callsBefore = router.calls.size();
        fixture.whenPublishingA(new InvoicePaid(INVOICE + 5, 2L, neighbour, PaymentChannel.MANUAL, Instant.now(),
                        PAID_UNTIL))
                .expectScheduledDeadlineWithName(Duration.ofSeconds(5), SubscriptionOnRouter.RETRY_DEADLINE);
        assertThat(router.calls).as("no call to a router that timed out a moment ago").hasSize(callsBefore);
        assertThat(sent(ScheduleRouterRetry.class).step()).isEqualTo("reach_router");

        fixture.whenTimeElapses(Duration.ofSeconds(5));
        assertThat(router.secrets).containsKeys(USER, "tetangga");
    }

    @Test
    void whenTheRetriesAreSpentTheProvisioningIsUndoneAndTheSubscriptionSuspendedForStaff() {
        // The secret goes on, then the isolir list cannot be reached: the customer would be half on.
        router.unreachableFor("removeAddressListEntry", 3);
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, PAID);
        fixture.whenTimeElapses(Duration.ofSeconds(5));
        FailRouterWork failed = new FailRouterWork(SUB, RouterOperation.PROVISION, "remove_isolir_entry", 3,
                "timeout: connect timed out",
                "account switched off again on the router; subscription suspended (provisioning_failed)", true);
        fixture.whenTimeElapses(Duration.ofSeconds(10))
                .expectNoScheduledDeadlines()
                .expectDispatchedCommands(failed);
        assertThat(router.secrets.get(USER).disabled()).isTrue();

        // The aggregate records the failure and, in the same command, the suspension right after it.
        int calls = router.calls.size();
        fixture.whenPublishingA(inStream(41, new RouterWorkFailed(SUB, RouterOperation.PROVISION,
                "remove_isolir_entry", 3, failed.error(), failed.compensation())));
        fixture.whenPublishingA(inStream(42, new SubscriptionSuspended(SUB, SuspendSubscription.PROVISIONING_FAILED)))
                .expectNoDispatchedCommands();
        assertThat(router.calls).as("its own suspension needs no second trip to the router").hasSize(calls);
    }

    @Test
    void aSuspensionThatStaffHappenToCallProvisioningFailedStillReachesTheRouter() {
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, PAID,
                        new SubscriptionActivated(SUB, PAID_UNTIL))
                .whenPublishingA(new SubscriptionSuspended(SUB, SuspendSubscription.PROVISIONING_FAILED));
        assertThat(router.secrets.get(USER).disabled()).isTrue();
    }

    @Test
    void aRouterThatRefusesIsNotRetriedButCompensatedAtOnceAndStaffCanRetryAfterFixingIt() {
        router.refusing("ensurePppProfile");
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY)
                .whenPublishingA(PAID)
                .expectNoScheduledDeadlines();
        FailRouterWork failure = sent(FailRouterWork.class);
        assertThat(failure.step()).isEqualTo("ensure_ppp_profile");
        assertThat(failure.attempts()).isEqualTo(1);
        assertThat(failure.error()).contains("input does not match any value of profile");
        assertThat(failure.compensation()).contains("could not switch the account off again")
                .endsWith("subscription suspended (provisioning_failed)");
        assertThat(router.secrets).isEmpty();

        router.healed();
        fixture.givenAggregate(String.valueOf(SUB)).published(
                        new SubscriptionSuspended(SUB, SuspendSubscription.PROVISIONING_FAILED))
                .whenAggregate(String.valueOf(SUB)).publishes(
                        new RouterWorkRetryRequested(SUB, RouterOperation.PROVISION))
                .expectDispatchedCommands(new ReactivateSubscription(SUB, null),
                        new ExtendSubscription(SUB, null, PAID_UNTIL),
                        new CompleteRouterWork(SUB, RouterOperation.PROVISION, 1, secretId(), config("10M/20M")));
        assertThat(router.secrets.get(USER).disabled()).isFalse();
    }

    @Test
    void anImportedAccountIsLeftAsTheRouterHasItUntilTheBooksChangeIt() {
        SubscriptionImported imported = SubscriptionImported.of(SUB, NAS, "*1F", false, Map.of("imported", true), 7L);
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, imported)
                .whenPublishingA(new SubscriptionActivated(SUB, PAID_UNTIL))
                .expectNoDispatchedCommands();
        assertThat(router.calls).as("the account is on the router already").isEmpty();

        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, imported,
                        new SubscriptionActivated(SUB, PAID_UNTIL))
                .whenPublishingA(new SubscriptionSuspended(SUB, "telat bayar"))
                .expectDispatchedCommands(new StartRouterWork(SUB, RouterOperation.SUSPEND, "suspended: telat bayar"),
                        new CompleteRouterWork(SUB, RouterOperation.SUSPEND, 1, null, config("10M/20M")));
        assertThat(router.secrets.get(USER).disabled()).isTrue();
        assertThat(router.secrets.get(USER).password()).isEqualTo(new EncryptedPassword(PASSWORD.value()));
    }

    @Test
    void anAccountImportedDisabledStaysOffUntilItIsReactivated() {
        SubscriptionImported imported = SubscriptionImported.of(SUB, NAS, "*1F", true, Map.of("imported", true), 7L);
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, imported,
                        new SubscriptionActivated(SUB, PAID_UNTIL))
                .whenPublishingA(new SubscriptionSuspended(SUB, SuspendSubscription.DISABLED_ON_ROUTER))
                .expectNoDispatchedCommands();
        assertThat(router.calls).isEmpty();

        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, imported,
                        new SubscriptionActivated(SUB, PAID_UNTIL),
                        new SubscriptionSuspended(SUB, SuspendSubscription.DISABLED_ON_ROUTER))
                .whenPublishingA(new SubscriptionReactivated(SUB))
                .expectDispatchedCommands(new StartRouterWork(SUB, RouterOperation.RESTORE, "reactivated"),
                        new CompleteRouterWork(SUB, RouterOperation.RESTORE, 1, secretId(), config("10M/20M")));
        assertThat(router.secrets.get(USER).disabled()).isFalse();
    }

    @Test
    void aSuspensionDisablesTheSecretAndEndsTheSessionByDefault() {
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, PAID,
                        new SubscriptionActivated(SUB, PAID_UNTIL))
                .whenPublishingA(new SubscriptionSuspended(SUB, "telat bayar"))
                .expectDispatchedCommands(new StartRouterWork(SUB, RouterOperation.SUSPEND, "suspended: telat bayar"),
                        new CompleteRouterWork(SUB, RouterOperation.SUSPEND, 1, null, config("10M/20M")));
        assertThat(router.secrets.get(USER).disabled()).isTrue();
        assertThat(router.kicked).containsExactly(USER);
        assertThat(router.onIsolir("isolir", IP)).isFalse();
    }

    @Test
    void inIsolirModeASuspensionKeepsTheSecretAndPutsTheAddressOnTheIsolirList() {
        catalogue.policy = new SuspensionPolicy(true, "isolir-bayar", 3);
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, PAID,
                        new SubscriptionActivated(SUB, PAID_UNTIL))
                .whenPublishingA(new SubscriptionSuspended(SUB, "telat bayar"));
        assertThat(router.secrets.get(USER).disabled()).isFalse();
        assertThat(router.onIsolir("isolir-bayar", IP)).isTrue();

        // Paying later restores it through provisioning: off the list, reactivated, extended.
        InvoicePaid late = new InvoicePaid(INVOICE + 1, 1L, SUB, PaymentChannel.MANUAL, Instant.now(),
                PAID_UNTIL.plusMonths(1));
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, PAID,
                        new SubscriptionActivated(SUB, PAID_UNTIL), new SubscriptionSuspended(SUB, "telat bayar"))
                .whenPublishingA(late)
                .expectDispatchedCommands(
                        new StartRouterWork(SUB, RouterOperation.PROVISION, "invoice " + (INVOICE + 1) + " paid"),
                        new ReactivateSubscription(SUB, null), new ExtendSubscription(SUB, null, PAID_UNTIL.plusMonths(1)),
                        new CompleteRouterWork(SUB, RouterOperation.PROVISION, 1, secretId(), config("10M/20M")));
        assertThat(router.onIsolir("isolir-bayar", IP)).isFalse();
    }

    @Test
    void aReactivationByStaffTurnsTheServiceBackOn() {
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, PAID,
                        new SubscriptionActivated(SUB, PAID_UNTIL), new SubscriptionSuspended(SUB, "cek kabel"))
                .whenPublishingA(new SubscriptionReactivated(SUB))
                .expectDispatchedCommands(new StartRouterWork(SUB, RouterOperation.RESTORE, "reactivated"),
                        new CompleteRouterWork(SUB, RouterOperation.RESTORE, 1, secretId(), config("10M/20M")));
        assertThat(router.secrets.get(USER).disabled()).isFalse();
    }

    @Test
    void aTerminationRemovesEverythingFromTheRouterAndEndsTheSaga() {
        catalogue.policy = new SuspensionPolicy(true, "isolir", 3);
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, PAID,
                        new SubscriptionActivated(SUB, PAID_UNTIL), new SubscriptionSuspended(SUB, "telat"))
                .whenPublishingA(new SubscriptionTerminated(SUB, "pindah rumah"))
                .expectActiveSagas(0)
                .expectDispatchedCommands(
                        new StartRouterWork(SUB, RouterOperation.TERMINATE, "terminated: pindah rumah"),
                        new CompleteRouterWork(SUB, RouterOperation.TERMINATE, 1, null, config("10M/20M")));
        assertThat(router.secrets).isEmpty();
        assertThat(router.onIsolir("isolir", IP)).isFalse();
        assertThat(router.calls).contains("removeSimpleQueue", "removeHotspotUser", "kickActiveSessions");
    }

    @Test
    void aSubscriptionNeverOnARouterEndsItsSagaOnTerminationWithoutRouterCalls() {
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED)
                .whenPublishingA(new SubscriptionTerminated(SUB, "batal"))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
        assertThat(router.calls).isEmpty();
    }

    @Test
    void aScheduledPlanChangeReachesTheRouterAtTheStartOfItsPeriod() {
        LocalDate from = PAID_UNTIL;
        Instant periodStart = from.atStartOfDay(ZoneId.of("Asia/Jakarta")).toInstant();
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, PAID, new SubscriptionActivated(SUB, PAID_UNTIL))
                .whenPublishingA(new SubscriptionPlanChangeScheduled(SUB, FASTER_PLAN,
                        Money.of(new BigDecimal("250000")), BillingCycle.MONTHLY, from))
                .expectScheduledDeadlineWithName(periodStart, SubscriptionOnRouter.PLAN_DEADLINE)
                .expectNoDispatchedCommands();
        assertThat(router.profiles).doesNotContainKey("netledger-20M-50M");

        fixture.whenTimeAdvancesTo(periodStart)
                .expectDispatchedCommands(new StartRouterWork(SUB, RouterOperation.CHANGE_PLAN,
                                "plan " + FASTER_PLAN + " from this period"),
                        new CompleteRouterWork(SUB, RouterOperation.CHANGE_PLAN, 1, secretId(), config("20M/50M")));
        assertThat(router.secrets.get(USER).profile()).isEqualTo("netledger-20M-50M");
        assertThat(router.kicked).containsExactly(USER);
    }

    @Test
    void aRepairAfterReconciliationWritesTheAccountAsTheBooksSayIt() {
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, PAID,
                        new SubscriptionActivated(SUB, PAID_UNTIL))
                .whenPublishingA(new RouterRepairRequested(SUB, "disabled"));
        assertThat(sent(StartRouterWork.class)).isEqualTo(new StartRouterWork(SUB, RouterOperation.SYNC,
                "repair: disabled"));
        assertThat(router.calls.stream().filter("ensurePppSecret"::equals)).hasSize(2);
        assertThat(router.secrets.get(USER).disabled()).isFalse();

        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, PAID,
                        new SubscriptionActivated(SUB, PAID_UNTIL), new SubscriptionSuspended(SUB, "telat"))
                .whenPublishingA(new RouterRepairRequested(SUB, "enabled"));
        assertThat(router.secrets.get(USER).disabled()).isTrue();
    }

    @Test
    void onANasManagedByHandThePaymentStillActivatesButTheRouterIsLeftAlone() {
        catalogue.manual = true;
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY)
                .whenPublishingA(PAID)
                .expectDispatchedCommands(new ActivateSubscription(SUB, null, PAID_UNTIL));
        fixture.givenAggregate(String.valueOf(SUB)).published(new SubscriptionActivated(SUB, PAID_UNTIL))
                .whenAggregate(String.valueOf(SUB)).publishes(new SubscriptionTerminated(SUB, "pindah"))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
        assertThat(router.calls).isEmpty();
    }

    @Test
    void aStaticIpPlanIsLimitedByASimpleQueueAndSuspendedThroughTheIsolirList() {
        catalogue.plans.put(PLAN, PlanOnRouter.of(PLAN, 5_000, 10_000, Map.of("service", "static")));
        fixture.givenAggregate(String.valueOf(SUB)).published(CREATED, NETWORK, PRIMARY, PAID,
                        new SubscriptionActivated(SUB, PAID_UNTIL))
                .whenPublishingA(new SubscriptionSuspended(SUB, "telat"));
        assertThat(router.queues).containsEntry(USER, new RateLimit(5_000, 10_000));
        assertThat(router.secrets).isEmpty();
        assertThat(router.onIsolir("isolir", IP)).isTrue();
    }

    private String secretId() {
        return "*" + Integer.toHexString(USER.hashCode() & 0xfff).toUpperCase();
    }

    private Map<String, Object> config(String rateLimit) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("service", "pppoe");
        config.put("profile", "netledger-" + rateLimit.replace('/', '-'));
        config.put("rateLimit", rateLimit);
        return config;
    }

    /** An event of the subscription's stream at {@code sequence}, as the event store delivers it. */
    private static GenericDomainEventMessage<Object> inStream(long sequence, Object event) {
        return new GenericDomainEventMessage<>("Subscription", String.valueOf(SUB), sequence, event);
    }

    private <T> T sent(Class<T> type) {
        List<CommandMessage<?>> commands = fixture.getCommandBus().getDispatchedCommands();
        return commands.stream().map(CommandMessage::getPayload).filter(type::isInstance).map(type::cast)
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
    }

    /** Plans by id, one NAS, and a suspension policy a test may change. */
    static final class Catalogue implements NetworkCatalogue {

        final Map<Long, PlanOnRouter> plans = new HashMap<>(Map.of(
                PLAN, PlanOnRouter.of(PLAN, 10_000, 20_000, Map.of()),
                FASTER_PLAN, PlanOnRouter.of(FASTER_PLAN, 20_000, 50_000, Map.of())));
        SuspensionPolicy policy = SuspensionPolicy.DEFAULT;
        boolean manual;

        @Override
        public RouterLogin nas(long nasServerId) throws RouterFailure {
            if (nasServerId != NAS) {
                throw new RouterUnavailable("NAS server " + nasServerId + " is not known (yet)");
            }
            return RouterLogin.of("10.0.0.1", "netledger", new EncryptedPassword("k1:cm91dGVy"), false);
        }

        @Override
        public PlanOnRouter plan(long servicePlanId) throws RouterFailure {
            PlanOnRouter plan = plans.get(servicePlanId);
            if (plan == null) {
                throw new RouterUnavailable("service plan " + servicePlanId + " is not known (yet)");
            }
            return plan;
        }

        @Override
        public SuspensionPolicy suspension() {
            return policy;
        }

        @Override
        public boolean managesAccounts(long nasServerId) {
            return !manual;
        }
    }
}
