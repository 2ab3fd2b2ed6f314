package io.netledger.query.integrity;

/**
 * What a verification found. {@code broken} is null when the chain is intact up to {@code checkedUpTo};
 * otherwise {@code brokenAt} is the first position where it breaks, and {@code lastTrusted} the last
 * position a verified signature vouches for (0: only the genesis).
 */
public record Verdict(long eventsChecked, int checkpointsVerified, long checkedUpTo, Break broken, Long brokenAt,
        long lastTrusted) {

    public boolean intact() {
        return broken == null;
    }
}
