package io.netledger.query.integrity;

import java.time.Duration;

/**
 * How the chainer runs ({@code netledger.chain.*}).
 *
 * @param every          pause between rounds of the chainer
 * @param batch          positions chained in one round's transaction at most
 * @param gapWindow      how long a missing position may still be filled by a transaction that commits late: a
 *                       gap is final once the event after it was stamped longer ago than this, so it must be
 *                       longer than any command transaction stays open (plus the clock skew between nodes)
 * @param checkpointEvents a checkpoint is signed once this many positions were chained since the last one ...
 * @param checkpointEvery  ... or once this long has passed since the last one, whichever comes first
 */
public record ChainSettings(Duration every, int batch, Duration gapWindow, int checkpointEvents,
        Duration checkpointEvery) {

    public static ChainSettings defaults() {
        return new ChainSettings(Duration.ofSeconds(1), 10_000, Duration.ofSeconds(30), 10_000, Duration.ofMinutes(5));
    }
}
