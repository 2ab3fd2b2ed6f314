package io.netledger.query.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The rules of a verification, over positions 1..6 with 4 held by no event and checkpoints at 3 and 6. */
class ChainWalkTest {

    private final ChainSigningKey key = generated();
    private final List<StoredEvent> events = new ArrayList<>();
    private final List<ChainTables.Link> links = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();

    ChainWalkTest() {
        ChainHash hash = new ChainHash();
        byte[] previous = ChainHash.GENESIS;
        for (long position = 1; position <= 6; position++) {
            if (position == 4) {
                links.add(new ChainTables.Link(4, null, null));
                continue;
            }
            StoredEvent event = event(position);
            previous = hash.link(previous, event);
            events.add(event);
            links.add(new ChainTables.Link(position, previous, hash.parts(event)));
            if (position == 3 || position == 6) {
                checkpoints.add(signed(position, previous));
            }
        }
    }

    @Test
    void anUntouchedChainIsIntactWithEveryCheckpointVerified() throws Exception {
        Verdict verdict = walk();
        assertThat(verdict.intact()).isTrue();
        assertThat(verdict.eventsChecked()).isEqualTo(5);
        assertThat(verdict.checkpointsVerified()).isEqualTo(2);
        assertThat(verdict.lastTrusted()).isEqualTo(6);
    }

    @Test
    void eachTamperingIsNamedAtItsPosition() throws Exception {
        assertBroken(changed(5, e -> ChainHashTest.with(e, "{}".getBytes(StandardCharsets.UTF_8), e.metaData(),
                e.timestamp(), e.sequence())), 5, Break.PAYLOAD_CHANGED);
        assertBroken(changed(2, e -> ChainHashTest.with(e, e.payload(), null, e.timestamp(), e.sequence())), 2,
                Break.METADATA_CHANGED);
        assertBroken(changed(1, e -> ChainHashTest.with(e, e.payload(), e.metaData(), "2020-01-01T00:00:00Z",
                e.sequence())), 1, Break.TIMESTAMP_CHANGED);
        assertBroken(changed(3, e -> ChainHashTest.with(e, e.payload(), e.metaData(), e.timestamp(), 9)), 3,
                Break.EVENT_CHANGED);

        events.remove(1);
        assertBroken(walk(), 2, Break.EVENT_DELETED);
    }

    @Test
    void anEventAtAPositionTheChainRecordedAsHeldByNoneIsInserted() throws Exception {
        events.add(3, event(4));
        assertBroken(walk(), 4, Break.EVENT_INSERTED);
    }

    @Test
    void aRewrittenChainTableIsCaughtByTheNextSignedCheckpoint() throws Exception {
        ChainHash hash = new ChainHash();
        events.set(1, ChainHashTest.with(events.get(1), "{}".getBytes(StandardCharsets.UTF_8), null, "x", 0));
        byte[] previous = ChainHash.GENESIS;
        for (int i = 0; i < links.size(); i++) {
            ChainTables.Link link = links.get(i);
            if (!link.missingPosition()) {
                StoredEvent event = events.stream().filter(e -> e.position() == link.position()).findFirst().get();
                previous = hash.link(previous, event);
                links.set(i, new ChainTables.Link(link.position(), previous, hash.parts(event)));
            }
        }
        Verdict verdict = walk();
        assertBroken(verdict, 3, Break.CHECKPOINT_MISMATCH);
        assertThat(verdict.lastTrusted()).as("nothing signed vouches for 1..3 any more").isZero();
    }

    @Test
    void aCheckpointSignedByAnotherKeyOrChangedIsForged() throws Exception {
        Checkpoint honest = checkpoints.get(1);
        checkpoints.set(1, new Checkpoint(6, honest.hash(), "2026-12-07T09:00:00.001Z", honest.signature(),
                honest.keyId()));
        assertBroken(walk(), 6, Break.CHECKPOINT_FORGED);
        checkpoints.set(1, new Checkpoint(6, honest.hash(), honest.signedAt(), generated().sign(honest.message()),
                honest.keyId()));
        assertBroken(walk(), 6, Break.CHECKPOINT_FORGED);
    }

    @Test
    void aCheckpointAtAPositionNoLinkReachesIsAMismatch() throws Exception {
        checkpoints.add(1, signed(4, links.get(2).hash()));
        assertBroken(walk(), 4, Break.CHECKPOINT_MISMATCH);
    }

    private Verdict changed(long position, UnaryOperator<StoredEvent> change) throws Exception {
        List<StoredEvent> honest = List.copyOf(events);
        events.replaceAll(e -> e.position() == position ? change.apply(e) : e);
        try {
            return walk();
        } finally {
            events.clear();
            events.addAll(honest);
        }
    }

    private Verdict walk() throws Exception {
        Iterator<ChainTables.Link> chain = links.iterator();
        Iterator<StoredEvent> store = events.iterator();
        return new ChainWalk(key, ChainHash.GENESIS, 0, checkpoints, (checked, signed, position) -> {
        }).through(ChainWalk.merged(() -> chain.hasNext() ? chain.next() : null,
                () -> store.hasNext() ? store.next() : null), 6);
    }

    private static void assertBroken(Verdict verdict, long position, Break how) {
        assertThat(verdict.broken()).as(verdict.toString()).isEqualTo(how);
        assertThat(verdict.brokenAt()).as(verdict.toString()).isEqualTo(position);
    }

    private Checkpoint signed(long position, byte[] hash) {
        Checkpoint unsigned = new Checkpoint(position, hash, "2026-12-07T09:00:00.000Z", new byte[0], key.keyId());
        return new Checkpoint(position, hash, unsigned.signedAt(), key.sign(unsigned.message()), key.keyId());
    }

    private static StoredEvent event(long position) {
        return new StoredEvent(position, "event-" + position, "customer-" + position, "Customer", 0,
                "io.netledger.api.customer.CustomerRegistered", null, "2026-12-07T08:00:0" + position + "Z",
                ("{\"n\":" + position + "}").getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static ChainSigningKey generated() {
        try {
            return ChainSigningKey.of(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
