package io.netledger.routeros;

import java.util.Optional;

/**
 * A PPP profile as found on a router.
 *
 * @param id        the router's id for the profile
 * @param name      e.g. {@code 10M-20M} or {@code default}
 * @param rateLimit {@code rate-limit} exactly as the router writes it, bursts included, or
 *                  null when the profile does not limit speed
 */
public record PppProfileEntry(RouterItemId id, String name, String rateLimit) {

    public PppProfileEntry {
        if (id == null) {
            throw new IllegalArgumentException("a profile on a router has an id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a profile on a router has a name");
        }
        rateLimit = rateLimit == null || rateLimit.isBlank() ? null : rateLimit.strip();
    }

    /** The upload and download speeds of the rate limit, bursts aside, to match against plans. */
    public Optional<RateLimit> speeds() {
        return RateLimit.fromRouterOs(rateLimit);
    }
}
