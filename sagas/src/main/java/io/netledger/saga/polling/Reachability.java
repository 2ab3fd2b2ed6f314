package io.netledger.saga.polling;

import java.util.Optional;

/**
 * Whether a router answers, as the poller tells the books: down after {@link #MISSES_FOR_DOWN} polls in a row
 * without an answer, up again at the first answer. Each change is said once; what the poller has not said yet
 * since it started (after a restart, or on a node taking over) is said at the first poll, and the NAS aggregate
 * ignores what it already knows.
 */
final class Reachability {

    static final int MISSES_FOR_DOWN = 3;

    enum Change { UP, DOWN }

    private int misses;
    private Change said;

    Optional<Change> answered() {
        misses = 0;
        return say(Change.UP);
    }

    Optional<Change> missed() {
        misses++;
        return misses >= MISSES_FOR_DOWN ? say(Change.DOWN) : Optional.empty();
    }

    int misses() {
        return misses;
    }

    /** A change the books refused or never got must be said again at the next poll. */
    void unsaid() {
        said = null;
    }

    private Optional<Change> say(Change change) {
        if (change == said) {
            return Optional.empty();
        }
        said = change;
        return Optional.of(change);
    }
}
