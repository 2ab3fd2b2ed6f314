package io.netledger.command.nas;

import io.netledger.api.RuleViolation;
import io.netledger.api.nas.ApiType;
import io.netledger.api.nas.NasConnection;
import io.netledger.api.nas.NasServerCameUp;
import io.netledger.api.nas.NasServerRegistered;
import io.netledger.api.nas.NasServerWentDown;
import io.netledger.api.nas.RecordNasDown;
import io.netledger.api.nas.RecordNasUp;
import io.netledger.api.secret.Sealed;
import java.time.Instant;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the poller says of a router, as the NAS's history keeps it: each change once. */
class NasReachabilityTest {

    private static final long NAS = 913_000_000_000_000_321L;
    private static final Instant SEEN = Instant.parse("2026-12-07T10:00:00Z");
    private static final NasServerRegistered REGISTERED = NasServerRegistered.of(NAS, new NasConnection("Core",
            "10.10.0.1", 8728, "netledger", ApiType.ROUTEROS_V7, false, null, Map.of()), new Sealed("k1:c2VhbGVk"));

    private AggregateTestFixture<NasServer> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NasServer.class);
    }

    @Test
    void theFirstAnswerOfANewRouterIsRecordedAsUp() {
        fixture.given(REGISTERED)
                .when(new RecordNasUp(NAS))
                .expectEvents(new NasServerCameUp(NAS));
    }

    @Test
    void anUpRouterStaysUpWithoutANewEvent() {
        fixture.given(REGISTERED, new NasServerCameUp(NAS))
                .when(new RecordNasUp(NAS))
                .expectNoEvents();
    }

    @Test
    void aRouterThatStoppedAnsweringIsRecordedDownWithItsLastPollAndReason() {
        fixture.given(REGISTERED, new NasServerCameUp(NAS))
                .when(new RecordNasDown(NAS, SEEN, 3, "connection refused"))
                .expectEvents(new NasServerWentDown(NAS, SEEN, 3, "connection refused"));
    }

    @Test
    void aDownRouterIsNotRecordedDownTwice() {
        fixture.given(REGISTERED, new NasServerWentDown(NAS, SEEN, 3, "timeout"))
                .when(new RecordNasDown(NAS, SEEN, 4, "timeout"))
                .expectNoEvents();
    }

    @Test
    void aDownRouterThatAnswersAgainIsUp() {
        fixture.given(REGISTERED, new NasServerWentDown(NAS, SEEN, 3, "timeout"))
                .when(new RecordNasUp(NAS))
                .expectEvents(new NasServerCameUp(NAS));
    }

    @Test
    void aRouterThatNeverAnsweredCanBeDown() {
        fixture.given(REGISTERED)
                .when(new RecordNasDown(NAS, null, 3, "no route to host"))
                .expectEvents(new NasServerWentDown(NAS, null, 3, "no route to host"));
    }

    @Test
    void downNeedsMissedPolls() {
        fixture.given(REGISTERED)
                .when(new RecordNasDown(NAS, SEEN, 0, "timeout"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }
}
