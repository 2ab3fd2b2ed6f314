package io.netledger.query.integrity;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * One pass over the chain's links and the store's events side by side, in position order, recomputing each
 * link and comparing it to the chain and to the signed checkpoints; it stops at the first break.
 */
final class ChainWalk {

    /** Progress is reported this often (in events). */
    static final int REPORT_EVERY = 20_000;

    /** The next row of a cursor, or null after the last. */
    interface Rows<T> {
        T next() throws SQLException;
    }

    private final ChainSigningKey key;
    private final ChainHash hash = new ChainHash();
    private final Iterator<Checkpoint> signed;
    private final ChainVerification.Progress progress;
    private Checkpoint nextCheckpoint;
    private byte[] previous;
    private long lastTrusted;
    private long checked;
    private int checkpoints;

    ChainWalk(ChainSigningKey key, byte[] previous, long from, List<Checkpoint> signed,
            ChainVerification.Progress progress) {
        this.key = key;
        this.previous = previous;
        this.lastTrusted = from;
        this.signed = signed.iterator();
        this.progress = progress;
        this.nextCheckpoint = this.signed.hasNext() ? this.signed.next() : null;
    }

    /** A position as the chain and the store hold it: its link, its event, either one possibly absent. */
    record Step(long position, ChainTables.Link link, StoredEvent event) {
    }

    /** Both cursors side by side, one step per position that either holds. */
    static Rows<Step> merged(Rows<ChainTables.Link> links, Rows<StoredEvent> events) throws SQLException {
        ChainTables.Link firstLink = links.next();
        StoredEvent firstEvent = events.next();
        return new Rows<>() {
            private ChainTables.Link link = firstLink;
            private StoredEvent event = firstEvent;

            @Override
            public Step next() throws SQLException {
                if (link == null && event == null) {
                    return null;
                }
                long position = Math.min(link == null ? Long.MAX_VALUE : link.position(),
                        event == null ? Long.MAX_VALUE : event.position());
                ChainTables.Link linkHere = link != null && link.position() == position ? link : null;
                StoredEvent eventHere = event != null && event.position() == position ? event : null;
                link = linkHere != null ? links.next() : link;
                event = eventHere != null ? events.next() : event;
                return new Step(position, linkHere, eventHere);
            }
        };
    }

    Verdict through(Rows<Step> steps, long upTo) throws SQLException {
        for (Step step = steps.next(); step != null; step = steps.next()) {
            long position = step.position();
            ChainTables.Link link = step.link();
            if (nextCheckpoint != null && nextCheckpoint.position() < position) {
                return broken(Break.CHECKPOINT_MISMATCH, nextCheckpoint.position());
            }
            if (link == null || (link.missingPosition() && step.event() != null)) {
                return broken(Break.EVENT_INSERTED, position);
            }
            if (!link.missingPosition()) {
                if (step.event() == null) {
                    return broken(Break.EVENT_DELETED, position);
                }
                byte[] computed = hash.link(previous, step.event());
                if (!Arrays.equals(computed, link.hash())) {
                    return broken(Break.of(ChainHash.changedPart(link.parts(), hash.parts(step.event()))), position);
                }
                previous = computed;
                if (++checked % REPORT_EVERY == 0) {
                    progress.checked(checked, checkpoints, position);
                }
            }
            if (nextCheckpoint != null && nextCheckpoint.position() == position) {
                Break failed = checkpoint(nextCheckpoint, link);
                if (failed != null) {
                    return broken(failed, position);
                }
            }
        }
        if (nextCheckpoint != null) {
            return broken(Break.CHECKPOINT_MISMATCH, nextCheckpoint.position());
        }
        progress.checked(checked, checkpoints, upTo);
        return new Verdict(checked, checkpoints, upTo, null, null, lastTrusted);
    }

    private Break checkpoint(Checkpoint checkpoint, ChainTables.Link link) {
        if (!key.verifies(checkpoint)) {
            return Break.CHECKPOINT_FORGED;
        }
        if (link.missingPosition() || !Arrays.equals(previous, checkpoint.hash())) {
            return Break.CHECKPOINT_MISMATCH;
        }
        checkpoints++;
        lastTrusted = checkpoint.position();
        nextCheckpoint = signed.hasNext() ? signed.next() : null;
        return null;
    }

    private Verdict broken(Break how, long position) {
        progress.checked(checked, checkpoints, position);
        return new Verdict(checked, checkpoints, position - 1, how, position, lastTrusted);
    }
}
