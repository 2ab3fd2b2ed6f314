package io.netledger.api.personal;

/**
 * What a personal field reads as once its subject's key is destroyed: text as {@link #TEXT}, other
 * values (a birth date) as absent, a map as empty. The same in every read model, the audit log,
 * history and exports, after any rebuild or replay.
 */
public final class Erased {

    public static final String TEXT = "[erased]";

    private Erased() {
    }

    /** A text field as erasure leaves it: {@link #TEXT} where there was one, still absent where there was none. */
    public static String text(String value) {
        return value == null ? null : TEXT;
    }

    public static boolean isErased(String value) {
        return TEXT.equals(value);
    }
}
