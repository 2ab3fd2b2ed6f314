package io.netledger.app.security;

/**
 * Names the account's last deactivation a token was issued after, so that a deactivation ends
 * the tokens issued before it for good: reactivating the account does not bring them back.
 * A token without the claim was issued under an account never deactivated.
 */
final class DeactivationStamp {

    static final String CLAIM = "deactivation";
    private static final String NEVER = "never";

    private DeactivationStamp() {
    }

    static String of(Long lastDeactivation) {
        return lastDeactivation == null ? NEVER : String.valueOf(lastDeactivation);
    }

    static boolean matches(Long lastDeactivation, String claim) {
        return of(lastDeactivation).equals(claim == null ? NEVER : claim);
    }
}
