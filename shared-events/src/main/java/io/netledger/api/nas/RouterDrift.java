package io.netledger.api.nas;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One way a router disagrees with the books: {@code missing} (the subscription should have an account and the
 * router has none), {@code extra} (an account NetLedger made that no live subscription owns, or one it does not
 * know at all), {@code disabled} / {@code enabled} (the account's state is the opposite of the subscription's),
 * {@code wrong_profile} (the account's speed profile is not the plan's), {@code not_isolated} (suspended
 * by isolir, but its address is not on the isolir list) and {@code isolated} (on the isolir list through
 * NetLedger, but not suspended).
 *
 * @param subscriptionId the subscription it concerns, or null for an account no subscription owns
 * @param repairable     whether NetLedger may repair it: never for an account it did not make
 */
public record RouterDrift(
        String username,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Long subscriptionId,
        String kind,
        String expected,
        String actual,
        boolean repairable) {

    public static final String MISSING = "missing";
    public static final String EXTRA = "extra";
    public static final String DISABLED = "disabled";
    public static final String ENABLED = "enabled";
    public static final String WRONG_PROFILE = "wrong_profile";
    public static final String NOT_ISOLATED = "not_isolated";
    public static final String ISOLATED = "isolated";
}
