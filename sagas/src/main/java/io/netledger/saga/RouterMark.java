package io.netledger.saga;

import java.util.Optional;

/**
 * How NetLedger marks what it writes on a router, so that reconciliation can tell its own accounts and isolir
 * entries from those staff made by hand: PPP secrets carry the comment {@code netledger}, isolir entries
 * {@code netledger:<username>}.
 */
public final class RouterMark {

    public static final String COMMENT = "netledger";
    private static final String ISOLIR_PREFIX = COMMENT + ":";

    private RouterMark() {
    }

    public static String isolirComment(String username) {
        return ISOLIR_PREFIX + username;
    }

    public static boolean ours(String comment) {
        return COMMENT.equals(comment);
    }

    /** The username of an isolir entry NetLedger made, or empty for one made by hand. */
    public static Optional<String> isolatedUsername(String comment) {
        return comment != null && comment.startsWith(ISOLIR_PREFIX)
                ? Optional.of(comment.substring(ISOLIR_PREFIX.length())) : Optional.empty();
    }
}
