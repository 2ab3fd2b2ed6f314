package io.netledger.saga.polling;

/** A pair of RouterOS byte counters: {@code rx-byte} and {@code tx-byte} of an interface. */
record Counters(long rx, long tx) {

    /**
     * What moved from {@code earlier} to this reading. A counter below its earlier value was reset (by hand, or
     * its session or router started again) and has counted from zero since, so all of it is new.
     */
    Counters since(Counters earlier) {
        return new Counters(rx >= earlier.rx ? rx - earlier.rx : rx, tx >= earlier.tx ? tx - earlier.tx : tx);
    }
}
