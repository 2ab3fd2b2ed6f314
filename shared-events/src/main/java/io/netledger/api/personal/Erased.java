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

    public static boolean isErased(String value) {
        return TEXT.equals(value);
    }
}
