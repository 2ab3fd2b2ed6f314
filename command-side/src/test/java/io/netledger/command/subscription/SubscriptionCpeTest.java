package io.netledger.command.subscription;

import io.netledger.api.Money;
import io.netledger.api.RuleViolation;
import io.netledger.api.genieacs.ChangeCpeWifi;
import io.netledger.api.genieacs.CpeFactoryResetRequested;
import io.netledger.api.genieacs.CpeLinked;
import io.netledger.api.genieacs.CpeRebootRequested;
import io.netledger.api.genieacs.CpeTaskKind;
import io.netledger.api.genieacs.CpeTaskRecorded;
import io.netledger.api.genieacs.CpeTaskRetryRequested;
import io.netledger.api.genieacs.CpeTaskState;
import io.netledger.api.genieacs.CpeWifiChangeRequested;
import io.netledger.api.genieacs.FactoryResetCpe;
import io.netledger.api.genieacs.LinkCpe;
import io.netledger.api.genieacs.RebootCpe;
import io.netledger.api.genieacs.RecordCpeTask;
import io.netledger.api.genieacs.RetryCpeTask;
import io.netledger.api.plan.BillingCycle;
import io.netledger.api.secret.Sealed;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionTerminated;
import io.netledger.command.plan.PlanLookups;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff link a GenieACS device to a subscription: once per device, never to a terminated subscription. */
class SubscriptionCpeTest {

    private static final long SUB = 913_000_000_000_000_811L;
    private static final long ACS = 913_000_000_000_000_777L;
    private static final String ONT = "00259E-HG8245H-48575443A1B2C3D4";
    private static final SubscriptionCreated CREATED = new SubscriptionCreated(SUB, 913_000_000_000_000_301L,
            913_000_000_000_000_101L, 913_000_000_000_000_201L, "wati@rumah", new Sealed("0a1b2c3d:c2VhbGVk"),
            Money.parse("150000"), BillingCycle.MONTHLY, LocalDate.of(2026, 11, 1));

    private AggregateTestFixture<Subscription> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Subscription.class);
        fixture.registerInjectableResource(PlanLookups.of());
    }

    @Test
    void linksADeviceOnceAndAnotherDeviceReplacesIt() {
        fixture.given(CREATED)
                .when(new LinkCpe(SUB, null, ACS, ONT))
                .expectEvents(new CpeLinked(SUB, ACS, ONT));
        fixture.given(CREATED, new CpeLinked(SUB, ACS, ONT))
                .when(new LinkCpe(SUB, null, ACS, ONT))
                .expectNoEvents();
        fixture.given(CREATED, new CpeLinked(SUB, ACS, ONT))
                .when(new LinkCpe(SUB, null, ACS, "F8DFA8-F670L-ZTEG00000001"))
                .expectEvents(new CpeLinked(SUB, ACS, "F8DFA8-F670L-ZTEG00000001"));
        fixture.given(CREATED, new CpeLinked(SUB, ACS, ONT))
                .when(new LinkCpe(SUB, null, ACS + 1, ONT))
                .expectEvents(new CpeLinked(SUB, ACS + 1, ONT));
    }

    @Test
    void refusesATerminatedSubscriptionAndADeviceIdThatIsNoLine() {
        fixture.given(CREATED, new SubscriptionTerminated(SUB, "moved away"))
                .when(new LinkCpe(SUB, null, ACS, ONT))
                .expectException(RuleViolation.class);
        for (String bad : new String[] {"", "  ", "a\nb", "x".repeat(256)}) {
            fixture.given(CREATED)
                    .when(new LinkCpe(SUB, null, ACS, bad))
                    .expectException(RuleViolation.class);
        }
    }

    private static final Sealed PASSPHRASE = new Sealed("0a1b2c3d:d2lmaQ==");
    private static final long PUSH = 42L;
    private static final CpeTaskRecorded FAULTED = new CpeTaskRecorded(SUB, PUSH, CpeTaskKind.WIFI,
            CpeTaskState.FAULTED, ACS, ONT, "6571a0b0c0d0e0f001020304", "cwmp.9002", "Internal error");

    @Test
    void asksForNewWifiARebootAndAFactoryResetOnceEach() {
        fixture.given(CREATED)
                .when(new ChangeCpeWifi(SUB, PUSH, "Rumah Wati", PASSPHRASE))
                .expectEvents(new CpeWifiChangeRequested(SUB, PUSH, "Rumah Wati", PASSPHRASE));
        fixture.given(CREATED)
                .when(new RebootCpe(SUB, PUSH))
                .expectEvents(new CpeRebootRequested(SUB, PUSH));
        fixture.given(CREATED)
                .when(new FactoryResetCpe(SUB, PUSH))
                .expectEvents(new CpeFactoryResetRequested(SUB, PUSH));
        fixture.given(CREATED, new CpeRebootRequested(SUB, PUSH))
                .when(new RebootCpe(SUB, PUSH))
                .expectException(RuleViolation.class);
    }

    @Test
    void refusesAnSsidPast32BytesAndAnythingForATerminatedSubscription() {
        fixture.given(CREATED)
                .when(new ChangeCpeWifi(SUB, PUSH, "é".repeat(17), PASSPHRASE))
                .expectException(RuleViolation.class);
        fixture.given(CREATED)
                .when(new ChangeCpeWifi(SUB, PUSH, "Rumah\u0007", PASSPHRASE))
                .expectException(RuleViolation.class);
        fixture.given(CREATED, new SubscriptionTerminated(SUB, "moved away"))
                .when(new RebootCpe(SUB, PUSH))
                .expectException(RuleViolation.class);
        fixture.given(CREATED, new SubscriptionTerminated(SUB, "moved away"))
                .when(new ChangeCpeWifi(SUB, PUSH, "Rumah", PASSPHRASE))
                .expectException(RuleViolation.class);
    }

    @Test
    void recordsEachNewStateOfAPushOnce() {
        RecordCpeTask queued = new RecordCpeTask(SUB, PUSH, CpeTaskKind.WIFI, CpeTaskState.QUEUED, ACS, ONT,
                "6571a0b0c0d0e0f001020304", null, null);
        fixture.given(CREATED, new CpeWifiChangeRequested(SUB, PUSH, "Rumah", PASSPHRASE))
                .when(queued)
                .expectEvents(new CpeTaskRecorded(SUB, PUSH, CpeTaskKind.WIFI, CpeTaskState.QUEUED, ACS, ONT,
                        "6571a0b0c0d0e0f001020304", null, null));
        fixture.given(CREATED, new CpeWifiChangeRequested(SUB, PUSH, "Rumah", PASSPHRASE),
                        new CpeTaskRecorded(SUB, PUSH, CpeTaskKind.WIFI, CpeTaskState.QUEUED, ACS, ONT,
                                "6571a0b0c0d0e0f001020304", null, null))
                .when(queued)
                .expectNoEvents();
    }

    @Test
    void retriesOnlyAFaultedOrFailedPushAndAFaultedOneInGenieAcs() {
        fixture.given(CREATED, FAULTED)
                .when(new RetryCpeTask(SUB, PUSH))
                .expectEvents(new CpeTaskRetryRequested(SUB, PUSH, CpeTaskKind.WIFI, "6571a0b0c0d0e0f001020304",
                        ACS, ONT));
        fixture.given(CREATED, new CpeTaskRecorded(SUB, PUSH, CpeTaskKind.REBOOT, CpeTaskState.FAILED, ACS, ONT,
                        null, null, "GenieACS could not be reached"))
                .when(new RetryCpeTask(SUB, PUSH))
                .expectEvents(new CpeTaskRetryRequested(SUB, PUSH, CpeTaskKind.REBOOT, null, ACS, ONT));
        fixture.given(CREATED, new CpeTaskRecorded(SUB, PUSH, CpeTaskKind.REBOOT, CpeTaskState.DONE, ACS, ONT,
                        "6571a0b0c0d0e0f001020304", null, null))
                .when(new RetryCpeTask(SUB, PUSH))
                .expectException(RuleViolation.class);
        fixture.given(CREATED, FAULTED, new CpeTaskRetryRequested(SUB, PUSH, CpeTaskKind.WIFI,
                        "6571a0b0c0d0e0f001020304", ACS, ONT))
                .when(new RetryCpeTask(SUB, PUSH))
                .expectException(RuleViolation.class);
        fixture.given(CREATED)
                .when(new RetryCpeTask(SUB, 7L))
                .expectException(RuleViolation.class);
    }
}
