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

    /** The expected version in an If-Match header, or null when the client sent none. */
    public static Long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new BadRequest("If-Match must be an ETag this API handed out, such as \"3\"");
        }
    }
}
