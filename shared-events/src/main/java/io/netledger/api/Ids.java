package io.netledger.api;

import com.github.f4b6a3.tsid.TsidCreator;

/**
 * Aggregate identifiers: 64-bit time-sorted ids (TSID). The same number is the
 * aggregate identifier in the event store and the bigint primary key of its read model.
 */
public final class Ids {

    private Ids() {
    }

    public static long next() {
        return TsidCreator.getTsid().toLong();
    }
}
