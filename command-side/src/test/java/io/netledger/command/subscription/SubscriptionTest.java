package io.netledger.command.subscription;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;

import io.netledger.api.Money;
import io.netledger.api.NotFound;
import io.netledger.api.RuleViolation;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.plan.DataUnit;
import io.netledger.api.plan.PlanTerms;
import io.netledger.api.plan.ServicePlanCreated;
import io.netledger.api.plan.ServicePlanDeactivated;
import io.netledger.api.secret.Sealed;
import io.netledger.api.subscription.ActivateSubscription;
import io.netledger.api.subscription.AssignNetwork;
import io.netledger.api.subscription.ChangeNetwork;
import io.netledger.api.subscription.ChangeSubscriptionPlan;
import io.netledger.api.subscription.ExpireSubscription;
import io.netledger.api.subscription.ExtendSubscription;
import io.netledger.api.subscription.ImportRouterAccount;
import io.netledger.api.subscription.NetworkAssigned;
import io.netledger.api.subscription.NetworkChanged;
import io.netledger.api.subscription.NetworkReleased;
import io.netledger.api.subscription.NetworkSettings;
import io.netledger.api.subscription.PppoePasswordRotated;
import io.netledger.api.subscription.PrimaryNetworkChosen;
import io.netledger.api.subscription.ReactivateSubscription;
import io.netledger.api.provisioning.RecordRouterSync;
import io.netledger.api.subscription.ReleaseNetwork;
import io.netledger.api.subscription.RotatePppoePassword;
import io.netledger.api.subscription.SubscriptionActivated;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionExpired;
import io.netledger.api.subscription.SubscriptionExtended;
import io.netledger.api.subscription.SubscriptionImported;
import io.netledger.api.subscription.SubscriptionPlanChangeScheduled;
import io.netledger.api.subscription.SubscriptionPlanChanged;
import io.netledger.api.subscription.SubscriptionReactivated;
import io.netledger.api.provisioning.SubscriptionRouterSynced;
import io.netledger.api.subscription.SubscriptionSuspended;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.api.subscription.SuspendSubscription;
import io.netledger.api.subscription.TerminateSubscription;
import io.netledger.command.plan.PlanLookups;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The subscription rules {@link SubscriptionLifecycleTest} leaves out: the states each
 * command is refused in, what a repeated command answers, how scheduled plan changes
 * start, termination and the networks.
 */
class SubscriptionTest {

    private static final long SUB = 913_000_000_000_000_601L;
    private static final long CUSTOMER = 913_000_000_000_000_301L;
    private static final long HOME = 913_000_000_000_000_111L;
    private static final long FAST = 913_000_000_000_000_112L;
    private static final long BUSINESS = 913_000_000_000_000_113L;
    private static final long RETIRED = 913_000_000_000_000_114L;
    private static final long LAN = 913_000_000_000_000_701L;
    private static final long WIFI = 913_000_000_000_000_702L;
    private static final long CCTV = 913_000_000_000_000_703L;
    private static final LocalDate START = LocalDate.of(2026, 11, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 1);
    private static final Money HOME_PRICE = Money.parse("150000");
    private static final Money FAST_PRICE = Money.parse("300000");
    private static final Money BUSINESS_PRICE = Money.parse("750000");

    private static final SubscriptionCreated CREATED = new SubscriptionCreated(SUB, CUSTOMER, HOME,
            913_000_000_000_000_201L, "sari@rumah", new Sealed("0a1b2c3d:c2VhbGVk"), HOME_PRICE,
            BillingCycle.MONTHLY, START);
    private static final SubscriptionActivated ACTIVATED = new SubscriptionActivated(SUB, END);
    private static final SubscriptionSuspended SUSPENDED = new SubscriptionSuspended(SUB, "telat bayar");
    private static final SubscriptionExpired EXPIRED = new SubscriptionExpired(SUB);
    private static final SubscriptionTerminated TERMINATED = new SubscriptionTerminated(SUB, "pindah provider");
    private static final SubscriptionPlanChangeScheduled TO_FAST = new SubscriptionPlanChangeScheduled(SUB, FAST,
            FAST_PRICE, BillingCycle.YEARLY, END);

    private static final NetworkSettings LAN_SETTINGS = new NetworkSettings("10.20.0.15", "AA:BB:CC:DD:EE:01",
            "ether2", "42", "rumah", null, Map.of());
    private static final NetworkSettings WIFI_SETTINGS = new NetworkSettings(null, "AA:BB:CC:DD:EE:02", null, null,
            null, null, Map.of());
    private static final NetworkSettings CCTV_SETTINGS = new NetworkSettings("10.20.0.16", null, null, null, null,
            null, Map.of());
    private static final Object[] WITH_LAN = {CREATED, ACTIVATED, NetworkAssigned.of(SUB, LAN, CUSTOMER, LAN_SETTINGS),
            new PrimaryNetworkChosen(SUB, LAN)};
    private static final Object[] WITH_LAN_AND_WIFI = {CREATED, ACTIVATED,
            NetworkAssigned.of(SUB, LAN, CUSTOMER, LAN_SETTINGS), new PrimaryNetworkChosen(SUB, LAN),
            NetworkAssigned.of(SUB, WIFI, CUSTOMER, WIFI_SETTINGS)};

    private AggregateTestFixture<Subscription> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subscription.class);
        fixture.registerInjectableResource(PlanLookups.of(
                ServicePlanCreated.of(HOME, plan("Home 20M", HOME_PRICE, BillingCycle.MONTHLY)),
                ServicePlanCreated.of(FAST, plan("Fast 50M", FAST_PRICE, BillingCycle.YEARLY)),
                ServicePlanCreated.of(BUSINESS, plan("Bisnis 100M", BUSINESS_PRICE, BillingCycle.MONTHLY)),
                ServicePlanCreated.of(RETIRED, plan("Old 5M", Money.parse("90000"), BillingCycle.MONTHLY)),
                new ServicePlanDeactivated(RETIRED)));
        fixture.registerAnnotatedCommandHandler(new ClaimsWithoutDatabase(fixture.getRepository()));
    }

    private static PlanTerms plan(String name, Money price, BillingCycle cycle) {
        return new PlanTerms(name, null, price, cycle, 20_000, 10_000, null, DataUnit.UNLIMITED, 1, Map.of());
    }

    private static String refused(String state, String what) {
        return "subscription " + SUB + " is " + state + " and cannot be " + what;
    }

    // ---- lifecycle ------------------------------------------------------------------------

    @Test
    void aSuspendedSubscriptionIsReactivatedNotActivatedAndTheEndDateFollowsTheStart() {
        fixture.given(CREATED, ACTIVATED, SUSPENDED)
                .when(new ActivateSubscription(SUB, null, END.plusMonths(1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(refused("suspended", "activated"))
                .expectNoEvents();
        fixture.given(CREATED)
                .when(new ActivateSubscription(SUB, null, START.minusDays(1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("endDate 2026-10-31 must be after the start date 2026-11-01");
    }

    @Test
    void onlyAnActiveSubscriptionIsSuspendedWithAReasonOfUpTo500Characters() {
        fixture.given(CREATED, ACTIVATED, EXPIRED)
                .when(new SuspendSubscription(SUB, null, "telat bayar"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(refused("expired", "suspended"));
        fixture.given(CREATED, ACTIVATED, TERMINATED)
                .when(new SuspendSubscription(SUB, null, "telat bayar"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(refused("terminated", "suspended"));
        fixture.given(CREATED, ACTIVATED)
                .when(new SuspendSubscription(SUB, null, "x".repeat(500)))
                .expectEvents(new SubscriptionSuspended(SUB, "x".repeat(500)));
    }

    @Test
    void anExpiredSubscriptionIsRenewedByActivationNotReactivatedOrExtended() {
        fixture.given(CREATED, ACTIVATED, EXPIRED)
                .when(new ReactivateSubscription(SUB, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(refused("expired", "reactivated"));
        fixture.given(CREATED, ACTIVATED, EXPIRED)
                .when(new ExtendSubscription(SUB, null, END.plusMonths(1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(refused("expired", "extended"));
    }

    @Test
    void aSuspendedSubscriptionIsExtendedToALaterEndDateOnly() {
        fixture.given(CREATED, ACTIVATED, SUSPENDED)
                .when(new ExtendSubscription(SUB, null, END.plusMonths(1)))
                .expectEvents(new SubscriptionExtended(SUB, END.plusMonths(1)));
        fixture.given(CREATED, ACTIVATED)
                .when(new ExtendSubscription(SUB, null, END.minusDays(1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("endDate 2026-11-30 must be after the current end date 2026-12-01");
        fixture.given(CREATED, ACTIVATED)
                .when(new ExtendSubscription(SUB, null, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("endDate is required");
    }

    @Test
    void aTerminatedSubscriptionCannotExpireOrBeActivated() {
        fixture.given(CREATED, ACTIVATED, TERMINATED)
                .when(new ExpireSubscription(SUB, null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(refused("terminated", "expired"));
        fixture.given(CREATED, ACTIVATED, TERMINATED)
                .when(new ActivateSubscription(SUB, null, END.plusMonths(1)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(refused("terminated", "activated"));
    }

    @Test
    void aRepeatedCommandRecordsNothingAndAnswersTheCurrentVersion() {
        fixture.given(CREATED, ACTIVATED, SUSPENDED)
                .when(new SuspendSubscription(SUB, null, "lagi"))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
        fixture.given(CREATED, ACTIVATED)
                .when(new ReactivateSubscription(SUB, null))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
        fixture.given(CREATED, ACTIVATED, EXPIRED)
                .when(new ExpireSubscription(SUB, null))
                .expectNoEvents()
                .expectResultMessagePayload(2L);
        fixture.given(CREATED, ACTIVATED)
                .when(new ChangeSubscriptionPlan(SUB, null, HOME))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    @Test
    void eachRecordedChangeAnswersTheNewVersion() {
        fixture.given(CREATED)
                .when(new ActivateSubscription(SUB, null, END))
                .expectResultMessagePayload(1L);
        fixture.given(CREATED, ACTIVATED, TO_FAST)
                .when(new ExtendSubscription(SUB, null, END.plusYears(1)))
                .expectResultMessagePayload(4L);
    }

    // ---- plans ----------------------------------------------------------------------------

    @Test
    void aSuspendedSubscriptionAlsoChangesPlanFromItsNextPeriod() {
        fixture.given(CREATED, ACTIVATED, SUSPENDED)
                .when(new ChangeSubscriptionPlan(SUB, null, FAST))
                .expectEvents(TO_FAST);
    }

    @Test
    void theLastPlanChosenBeforeTheNextPeriodIsTheOneThatStarts() {
        SubscriptionPlanChangeScheduled toBusiness = new SubscriptionPlanChangeScheduled(SUB, BUSINESS,
                BUSINESS_PRICE, BillingCycle.MONTHLY, END);
        fixture.given(CREATED, ACTIVATED, TO_FAST)
                .when(new ChangeSubscriptionPlan(SUB, null, BUSINESS))
                .expectEvents(toBusiness);
        fixture.given(CREATED, ACTIVATED, TO_FAST, toBusiness)
                .when(new ExtendSubscription(SUB, null, END.plusMonths(1)))
                .expectEvents(new SubscriptionExtended(SUB, END.plusMonths(1)),
                        new SubscriptionPlanChanged(SUB, BUSINESS, BUSINESS_PRICE, BillingCycle.MONTHLY));
    }

    @Test
    void aScheduledPlanStartsOnceWithTheNextPeriodNotOnReactivation() {
        fixture.given(CREATED, ACTIVATED, TO_FAST, SUSPENDED)
                .when(new ReactivateSubscription(SUB, null))
                .expectEvents(new SubscriptionReactivated(SUB));
        fixture.given(CREATED, ACTIVATED, TO_FAST, new SubscriptionExtended(SUB, END.plusYears(1)),
                        new SubscriptionPlanChanged(SUB, FAST, FAST_PRICE, BillingCycle.YEARLY))
                .when(new ExtendSubscription(SUB, null, END.plusYears(2)))
                .expectEvents(new SubscriptionExtended(SUB, END.plusYears(2)));
        fixture.given(CREATED, ACTIVATED, TO_FAST, new SubscriptionExtended(SUB, END.plusYears(1)),
                        new SubscriptionPlanChanged(SUB, FAST, FAST_PRICE, BillingCycle.YEARLY))
                .when(new ChangeSubscriptionPlan(SUB, null, FAST))
                .expectNoEvents();
    }

    @Test
    void aRunningSubscriptionIsNotScheduledOntoAPlanThatIsNotSold() {
        fixture.given(CREATED, ACTIVATED)
                .when(new ChangeSubscriptionPlan(SUB, null, RETIRED))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("service plan " + RETIRED + " is deactivated and no longer sold")
                .expectNoEvents();
        fixture.given(CREATED, ACTIVATED)
                .when(new ChangeSubscriptionPlan(SUB, null, 7L))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("servicePlanId 7 names no service plan");
    }

    // ---- PPPoE password and router ---------------------------------------------------------

    @Test
    void thePppoePasswordIsRotatedInEveryStateButTerminated() {
        Sealed fresh = new Sealed("0a1b2c3d:bmV3");
        for (Object[] past : new Object[][] {{CREATED, ACTIVATED}, {CREATED, ACTIVATED, SUSPENDED},
                {CREATED, ACTIVATED, EXPIRED}}) {
            fixture.given(past)
                    .when(new RotatePppoePassword(SUB, null, fresh))
                    .expectEvents(new PppoePasswordRotated(SUB, fresh));
        }
        fixture.given(CREATED, ACTIVATED, TERMINATED)
                .when(new RotatePppoePassword(SUB, null, fresh))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(refused("terminated", "given a new password"));
    }

    @Test
    void aRouterIdOf64CharactersFitsAndMissingSettingsAreRecordedAsNone() {
        String id = "*" + "A".repeat(63);
        fixture.given(CREATED, ACTIVATED)
                .when(new RecordRouterSync(SUB, null, id, null))
                .expectEvents(new SubscriptionRouterSynced(SUB, id, Map.of()));
    }

    // ---- termination ----------------------------------------------------------------------

    @Test
    void terminationReleasesEveryNetworkFirstAndAnswersTheAddressesToFree() {
        Map<Long, String> released = new LinkedHashMap<>();
        released.put(LAN, "10.20.0.15");
        released.put(WIFI, null);
        fixture.given(WITH_LAN_AND_WIFI)
                .when(new TerminateSubscription(SUB, null, "  pindah provider "))
                .expectEvents(new NetworkReleased(SUB, LAN, "10.20.0.15"), new NetworkReleased(SUB, WIFI, null),
                        TERMINATED)
                .expectResultMessagePayload(released);
    }

    @Test
    void aSubscriptionIsTerminatedOnceForAReason() {
        fixture.given(CREATED)
                .when(new TerminateSubscription(SUB, null, "batal pasang"))
                .expectEvents(new SubscriptionTerminated(SUB, "batal pasang"))
                .expectResultMessagePayload(Map.of());
        fixture.given(CREATED, ACTIVATED)
                .when(new TerminateSubscription(SUB, null, " "))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("reason is required");
        fixture.given(CREATED, ACTIVATED)
                .when(new TerminateSubscription(SUB, null, "x".repeat(501)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("reason is longer than 500 characters");
        fixture.given(CREATED, ACTIVATED, TERMINATED)
                .when(new TerminateSubscription(SUB, null, "lagi"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("subscription " + SUB + " is already terminated")
                .expectNoEvents();
    }

    // ---- networks -------------------------------------------------------------------------

    @Test
    void theFirstNetworkIsAssignedInItsNormalSpellingAndIsThePrimaryOne() {
        fixture.given(CREATED)
                .when(new AssignNetwork(SUB, null, LAN, new NetworkSettings("10.20.0.15", "aa-bb-cc-dd-ee-01",
                        "ether2", "0042", "rumah", null, null)))
                .expectEvents(NetworkAssigned.of(SUB, LAN, CUSTOMER, LAN_SETTINGS),
                        new PrimaryNetworkChosen(SUB, LAN));
        fixture.given(CREATED)
                .when(new AssignNetwork(SUB, null, LAN, withPrimary(LAN_SETTINGS, false)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the first network of a subscription is its primary one")
                .expectNoEvents();
    }

    @Test
    void aFurtherNetworkBecomesPrimaryOnlyWhenAskedTo() {
        fixture.given(WITH_LAN)
                .when(new AssignNetwork(SUB, null, WIFI, WIFI_SETTINGS))
                .expectEvents(NetworkAssigned.of(SUB, WIFI, CUSTOMER, WIFI_SETTINGS));
        fixture.given(WITH_LAN)
                .when(new AssignNetwork(SUB, null, WIFI, withPrimary(WIFI_SETTINGS, true)))
                .expectEvents(NetworkAssigned.of(SUB, WIFI, CUSTOMER, WIFI_SETTINGS),
                        new PrimaryNetworkChosen(SUB, WIFI));
        fixture.given(WITH_LAN)
                .when(new AssignNetwork(SUB, null, LAN, CCTV_SETTINGS))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("network " + LAN + " is already assigned");
    }

    @Test
    void aNetworkTypedTheSameWayAgainIsNoChange() {
        fixture.given(WITH_LAN)
                .when(new ChangeNetwork(SUB, null, LAN, new NetworkSettings("10.20.0.15", "aabb.ccdd.ee01",
                        " ether2 ", "042", "rumah", null, null)))
                .expectNoEvents();
        NetworkSettings moved = new NetworkSettings("10.20.0.99", "AA:BB:CC:DD:EE:01", "ether3", "42", "rumah",
                null, Map.of("queue", "20M"));
        fixture.given(WITH_LAN)
                .when(new ChangeNetwork(SUB, null, LAN, moved))
                .expectEvents(NetworkChanged.of(SUB, LAN, CUSTOMER, moved));
    }

    @Test
    void thePrimaryNetworkIsHandedOnNotDropped() {
        fixture.given(WITH_LAN_AND_WIFI)
                .when(new ChangeNetwork(SUB, null, LAN, withPrimary(LAN_SETTINGS, false)))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("network " + LAN + " is the primary one: make another network primary instead");
        fixture.given(WITH_LAN_AND_WIFI)
                .when(new ChangeNetwork(SUB, null, WIFI, withPrimary(WIFI_SETTINGS, true)))
                .expectEvents(new PrimaryNetworkChosen(SUB, WIFI));
        fixture.given(WITH_LAN_AND_WIFI)
                .when(new ChangeNetwork(SUB, null, LAN, withPrimary(LAN_SETTINGS, true)))
                .expectNoEvents();
    }

    @Test
    void releasingThePrimaryNetworkMakesTheNextOnePrimary() {
        Object[] three = {CREATED, ACTIVATED, NetworkAssigned.of(SUB, LAN, CUSTOMER, LAN_SETTINGS),
                new PrimaryNetworkChosen(SUB, LAN), NetworkAssigned.of(SUB, WIFI, CUSTOMER, WIFI_SETTINGS),
                NetworkAssigned.of(SUB, CCTV, CUSTOMER, CCTV_SETTINGS)};
        fixture.given(three)
                .when(new ReleaseNetwork(SUB, null, LAN))
                .expectEvents(new NetworkReleased(SUB, LAN, "10.20.0.15"), new PrimaryNetworkChosen(SUB, WIFI));
        fixture.given(three)
                .when(new ReleaseNetwork(SUB, null, CCTV))
                .expectEvents(new NetworkReleased(SUB, CCTV, "10.20.0.16"));
        fixture.given(WITH_LAN)
                .when(new ReleaseNetwork(SUB, null, LAN))
                .expectEvents(new NetworkReleased(SUB, LAN, "10.20.0.15"));
    }

    @Test
    void aNetworkOfAnotherSubscriptionIsNotFound() {
        fixture.given(WITH_LAN)
                .when(new ChangeNetwork(SUB, null, CCTV, CCTV_SETTINGS))
                .expectException(NotFound.class)
                .expectExceptionMessage("network " + CCTV + " is not assigned to subscription " + SUB);
        fixture.given(WITH_LAN)
                .when(new ReleaseNetwork(SUB, null, CCTV))
                .expectException(NotFound.class);
    }

    @Test
    void aTerminatedSubscriptionTakesNoNetworks() {
        Object[] terminated = {CREATED, ACTIVATED, TERMINATED};
        fixture.given(terminated)
                .when(new AssignNetwork(SUB, null, LAN, LAN_SETTINGS))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(refused("terminated", "given a network"));
        fixture.given(terminated)
                .when(new ChangeNetwork(SUB, null, LAN, LAN_SETTINGS))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(refused("terminated", "changed"));
        fixture.given(terminated)
                .when(new ReleaseNetwork(SUB, null, LAN))
                .expectException(RuleViolation.class)
                .expectExceptionMessage(refused("terminated", "changed"));
    }

    private static NetworkSettings withPrimary(NetworkSettings s, boolean primary) {
        return new NetworkSettings(s.ipAddress(), s.macAddress(), s.interfaceName(), s.vlanId(), s.description(),
                primary, s.networkConfig());
    }

    /**
     * Stands in for {@link SubscriptionCreation} without its database: it normalises, loads
     * the subscription and calls the same aggregate methods, leaving out the username and
     * IP claims (those are tested over HTTP).
     */
    // ---- import ---------------------------------------------------------------------------

    private static ImportRouterAccount importing(boolean disabled, LocalDate endDate) {
        return new ImportRouterAccount(SUB, CUSTOMER, null, HOME, CREATED.nasServerId(), "sari@rumah",
                CREATED.passwordEncrypted(), "*1F", Map.of("profile", "10M-20M"), "10.20.0.15", LAN, disabled, START,
                endDate);
    }

    @Test
    void anImportedAccountIsActiveWithItsAddressAndMarkedSoThatNothingIsWrittenBack() {
        SubscriptionImported imported = SubscriptionImported.of(SUB, CREATED.nasServerId(), "*1F", false,
                Map.of("profile", "10M-20M", "imported", true), CREATED.customerId());
        fixture.givenNoPriorActivity()
                .when(importing(false, END))
                .expectEvents(CREATED, NetworkAssigned.of(SUB, LAN, CUSTOMER, new NetworkSettings("10.20.0.15", null,
                                null, null, "remote-address of the imported PPP secret", true, Map.of())),
                        new PrimaryNetworkChosen(SUB, LAN), imported, ACTIVATED);
    }

    @Test
    void anAccountDisabledOnTheRouterIsImportedSuspendedAndAnEndBeforeTheStartIsRefused() {
        fixture.givenNoPriorActivity()
                .when(importing(true, END))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        any(SubscriptionCreated.class), any(NetworkAssigned.class), any(PrimaryNetworkChosen.class),
                        any(SubscriptionImported.class), any(SubscriptionActivated.class),
                        equalTo(new SubscriptionSuspended(SUB, SuspendSubscription.DISABLED_ON_ROUTER)),
                        andNoMore())));
        fixture.givenNoPriorActivity()
                .when(importing(false, START))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("endDate 2026-11-01 must be after the start date 2026-11-01")
                .expectNoEvents();
    }

    private static Matcher<Object> any(Class<?> type) {
        return Matchers.instanceOf(type);
    }

    static final class ClaimsWithoutDatabase {

        private final Repository<Subscription> subscriptions;

        ClaimsWithoutDatabase(Repository<Subscription> subscriptions) {
            this.subscriptions = subscriptions;
        }

        /** The aggregate's part of SubscriptionCreation's import; the customer and the claims are the database's. */
        @CommandHandler
        void handle(ImportRouterAccount command) throws Exception {
            NetworkSettings network = SubscriptionCreation.normalised(new NetworkSettings(command.remoteAddress(),
                    null, null, null, "remote-address of the imported PPP secret", true, Map.of()));
            Map<String, Object> found = new LinkedHashMap<>(command.mikrotikConfig());
            found.put("imported", true);
            SubscriptionCreated created = new SubscriptionCreated(command.subscriptionId(), command.customerId(),
                    command.servicePlanId(), command.nasServerId(), command.username(), command.password(), HOME_PRICE,
                    BillingCycle.MONTHLY, command.startDate());
            subscriptions.newInstance(() -> new Subscription(created)).execute(s -> s.adopt(command.networkId(),
                    network, SubscriptionImported.of(command.subscriptionId(), command.nasServerId(),
                            command.mikrotikId(), command.disabled(), found, command.customerId()), command.endDate()));
        }

        @CommandHandler
        Map<Long, String> handle(TerminateSubscription command) {
            return load(command.subscriptionId(), command.expectedVersion())
                    .invoke(s -> s.terminate(command.reason()));
        }

        @CommandHandler
        void handle(AssignNetwork command) {
            NetworkSettings settings = SubscriptionCreation.normalised(command.settings());
            load(command.subscriptionId(), command.expectedVersion())
                    .execute(s -> s.assignNetwork(command.networkId(), settings));
        }

        @CommandHandler
        void handle(ChangeNetwork command) {
            NetworkSettings settings = SubscriptionCreation.normalised(command.settings());
            load(command.subscriptionId(), command.expectedVersion())
                    .execute(s -> s.changeNetwork(command.networkId(), settings));
        }

        @CommandHandler
        void handle(ReleaseNetwork command) {
            load(command.subscriptionId(), command.expectedVersion())
                    .execute(s -> s.releaseNetwork(command.networkId()));
        }

        private Aggregate<Subscription> load(long subscriptionId, Long expectedVersion) {
            return subscriptions.load(String.valueOf(subscriptionId), expectedVersion);
        }
    }
}
