package io.netledger.command.billing;

import io.netledger.api.RuleViolation;
import io.netledger.api.billing.BillingRunCounts;
import io.netledger.api.billing.BillingRunFailed;
import io.netledger.api.billing.BillingRunFinished;
import io.netledger.api.billing.BillingRunProgressed;
import io.netledger.api.billing.BillingRunStarted;
import io.netledger.api.billing.FailBillingRun;
import io.netledger.api.billing.FinishBillingRun;
import io.netledger.api.billing.RecordBillingRunProgress;
import io.netledger.api.billing.StartBillingRun;
import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BillingRunTest {

    private static final long RUN = 914_000_000_000_000_001L;
    private static final LocalDate NOVEMBER_20 = LocalDate.of(2026, 11, 20);
    private static final long ADMIN = 914_000_000_000_000_099L;
    private static final BillingRunStarted STARTED = new BillingRunStarted(RUN, NOVEMBER_20, ADMIN);
    private static final BillingRunCounts FIRST_PAGE = new BillingRunCounts(1000, 990, 5, 4, 1);
    private static final BillingRunProgressed FIRST_PAGE_DONE = new BillingRunProgressed(RUN, 5_000, FIRST_PAGE,
            "subscription 4711: terminated");

    private AggregateTestFixture<BillingRun> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BillingRun.class);
    }

    @Test
    void recordsWhoStartedARunForWhichDate() {
        fixture.givenNoPriorActivity()
                .when(new StartBillingRun(RUN, NOVEMBER_20, ADMIN))
                .expectEvents(STARTED);
    }

    @Test
    void refusesARunWithoutADate() {
        fixture.givenNoPriorActivity()
                .when(new StartBillingRun(RUN, null, ADMIN))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void recordsProgressPageByPage() {
        BillingRunCounts two = FIRST_PAGE.plus(new BillingRunCounts(1000, 1000, 0, 0, 0));
        fixture.given(STARTED, FIRST_PAGE_DONE)
                .when(new RecordBillingRunProgress(RUN, 9_000, two, "subscription 4711: terminated"))
                .expectEvents(new BillingRunProgressed(RUN, 9_000, two, "subscription 4711: terminated"));
    }

    @Test
    void ignoresProgressAlreadyRecordedForTheSameCursorAsAfterARestart() {
        fixture.given(STARTED, FIRST_PAGE_DONE)
                .when(new RecordBillingRunProgress(RUN, 5_000, FIRST_PAGE, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refusesCountsThatShrink() {
        fixture.given(STARTED, FIRST_PAGE_DONE)
                .when(new RecordBillingRunProgress(RUN, 9_000, new BillingRunCounts(2000, 989, 1005, 5, 1), null))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the counts of a billing run only grow")
                .expectNoEvents();
    }

    @Test
    void finishesWithItsFinalCounts() {
        BillingRunCounts last = FIRST_PAGE.plus(new BillingRunCounts(3, 3, 0, 0, 0));
        fixture.given(STARTED, FIRST_PAGE_DONE)
                .when(new FinishBillingRun(RUN, last, null))
                .expectEvents(new BillingRunFinished(RUN, last, null));
    }

    @Test
    void aFinishedRunTakesNoMoreProgressAndCannotFail() {
        fixture.given(STARTED, new BillingRunFinished(RUN, FIRST_PAGE, null))
                .when(new RecordBillingRunProgress(RUN, 9_000, FIRST_PAGE, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(STARTED, new BillingRunFinished(RUN, FIRST_PAGE, null))
                .when(new FailBillingRun(RUN, "database gone"))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void finishingAgainChangesNothing() {
        fixture.given(STARTED, new BillingRunFinished(RUN, FIRST_PAGE, null))
                .when(new FinishBillingRun(RUN, FIRST_PAGE, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aFailedRunStaysFailed() {
        fixture.given(STARTED, new BillingRunFailed(RUN, "the subscriptions could not be read"))
                .when(new FinishBillingRun(RUN, FIRST_PAGE, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(STARTED, new BillingRunFailed(RUN, "the subscriptions could not be read"))
                .when(new FailBillingRun(RUN, "again"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }
}
