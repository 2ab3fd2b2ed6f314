package io.netledger.api;

import java.util.regex.Pattern;

/**
 * The name of a subscriber's PPP secret on the router. RouterOS's API and its scripts take
 * these characters without quoting trouble, and 64 of them fit every RouterOS version;
 * compared exactly (RouterOS does), so it is not case-folded.
 */
public record PppUsername(String value) {

    public static final int MAX_LENGTH = 64;
    /** The scope of the claim that keeps a username unique on its NAS (RouterOS compares names exactly). */
    public static final String CLAIM_SCOPE = "subscription.username";
    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9._@+-]{1," + MAX_LENGTH + "}$");

    public PppUsername {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new RuleViolation("username is 1 to " + MAX_LENGTH + " letters, digits and . _ @ + -: " + value);
        }
    }

    public static PppUsername of(String written) {
        return new PppUsername(written);
    }

    @Override
    public String toString() {
        return value;
    }
}
