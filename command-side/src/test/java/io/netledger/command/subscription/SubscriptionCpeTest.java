package io.netledger.command.subscription;

import io.netledger.api.Money;
import io.netledger.api.RuleViolation;
import io.netledger.api.genieacs.CpeLinked;
import io.netledger.api.genieacs.LinkCpe;
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
}
