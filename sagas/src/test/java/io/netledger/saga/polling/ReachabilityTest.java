package io.netledger.saga.polling;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.saga.polling.Reachability.Change;
import org.junit.jupiter.api.Test;

class ReachabilityTest {

    private final Reachability router = new Reachability();

    @Test
    void theFirstAnswerIsSaidOnceSoTheBooksLearnWhatThePollerSees() {
        assertThat(router.answered()).contains(Change.UP);
        assertThat(router.answered()).isEmpty();
    }

    @Test
    void aRouterIsDownAtTheThirdMissedPollInARowAndSaidSoOnce() {
        router.answered();

        assertThat(router.missed()).isEmpty();
        assertThat(router.missed()).isEmpty();
        assertThat(router.missed()).contains(Change.DOWN);
        assertThat(router.missed()).isEmpty();
        assertThat(router.misses()).isEqualTo(4);
    }

    @Test
    void anAnswerBetweenMissesStartsTheCountAgain() {
        router.missed();
        router.missed();
        router.answered();
        router.missed();

        assertThat(router.missed()).isEmpty();
        assertThat(router.missed()).contains(Change.DOWN);
    }

    @Test
    void aDownRouterIsUpAgainAtItsFirstAnswer() {
        router.missed();
        router.missed();
        router.missed();

        assertThat(router.answered()).contains(Change.UP);
    }

    @Test
    void aChangeTheBooksDidNotTakeIsSaidAgain() {
        router.answered();
        router.unsaid();

        assertThat(router.answered()).contains(Change.UP);
    }
}
