package io.netledger.api;

/**
 * A command broke a business rule (a negative price, a limit without a unit). The
 * request was well formed, so clients get 422 with this message; nothing is written.
 */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }

    public static void check(boolean rule, String message) {
        if (!rule) {
            throw new RuleViolation(message);
        }
    }
}
