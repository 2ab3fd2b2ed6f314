package io.netledger.query.integrity;

import java.util.Locale;

/** How the chain broke at the first position where it did. */
public enum Break {
    /** The event's payload bytes differ from those chained. */
    PAYLOAD_CHANGED,
    /** Its metadata bytes differ. */
    METADATA_CHANGED,
    /** Its time_stamp differs. */
    TIMESTAMP_CHANGED,
    /** Another of its fields differs: identifier, aggregate, sequence, payload type or revision. */
    EVENT_CHANGED,
    /** The chain has a link at a position where the store has no event. */
    EVENT_DELETED,
    /** The store has an event at a position the chain recorded as held by none, or does not cover. */
    EVENT_INSERTED,
    /** The event is as chained, but the stored link is not the one it makes: the chain table was altered. */
    LINK_ALTERED,
    /** The recomputed chain differs from a signed checkpoint: events and the chain table were rewritten together. */
    CHECKPOINT_MISMATCH,
    /** A checkpoint's signature does not verify with the chain's public key. */
    CHECKPOINT_FORGED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Break of(ChainHash.Part part) {
        if (part == null) {
            return LINK_ALTERED;
        }
        return switch (part) {
            case PAYLOAD -> PAYLOAD_CHANGED;
            case METADATA -> METADATA_CHANGED;
            case TIMESTAMP -> TIMESTAMP_CHANGED;
            case OTHER -> EVENT_CHANGED;
        };
    }
}
