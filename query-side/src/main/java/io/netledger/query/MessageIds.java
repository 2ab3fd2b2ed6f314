package io.netledger.query;

/** An id as an event's payload or metadata holds it: a number, or its digits as text. */
public final class MessageIds {

    private MessageIds() {
    }

    /** The id {@code value} holds, or null when it holds none. */
    public static Long of(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
