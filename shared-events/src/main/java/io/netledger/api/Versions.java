package io.netledger.api;

/**
 * Aggregate versions over HTTP: a response's {@code ETag} is {@code "<version>"}, and a
 * request's {@code If-Match} turns into the command's expected version.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The expected version in an If-Match header, or null when the client sent none. If-Match
     * compares strongly (RFC 9110 13.1.1): a weak tag never matches, whatever its version.
     */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            throw new WeakTag(tag);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new BadRequest("If-Match must be an ETag this API handed out, such as \"3\"");
        }
    }

    /** A weak entity tag in If-Match: answered 412 Precondition Failed. */
    public static final class WeakTag extends RuntimeException {

        WeakTag(String tag) {
            super("If-Match compares strongly and a weak tag never matches: " + tag + "; send the ETag as it was given");
        }
    }
}
