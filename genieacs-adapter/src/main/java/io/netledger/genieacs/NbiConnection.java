package io.netledger.genieacs;

import java.net.URI;
import java.time.Duration;

/**
 * Where an ACS's NBI is and how to be let in. GenieACS has no authentication of its own; deployments put a
 * proxy in front that checks a key in a header, so the key (opened from its seal just before use) and the
 * header's name travel together. {@link #toString()} never shows the key.
 *
 * @param apiKey null when the NBI is open (a closed network)
 */
public record NbiConnection(URI baseUrl, String keyHeader, String apiKey, Duration timeout) {

    public static final String DEFAULT_KEY_HEADER = "X-API-Key";

    public NbiConnection {
        if (baseUrl == null || baseUrl.getScheme() == null
                || !(baseUrl.getScheme().equals("http") || baseUrl.getScheme().equals("https"))
                || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("the NBI's URL is http(s)://host[:port][/path]");
        }
        keyHeader = keyHeader == null || keyHeader.isBlank() ? DEFAULT_KEY_HEADER : keyHeader;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
    }

    /** The base without a trailing slash, so paths can be appended as {@code /devices/}. */
    String base() {
        return baseUrl.toString().replaceAll("/+$", "");
    }

    @Override
    public String toString() {
        return "NbiConnection[" + baseUrl + (apiKey == null ? "" : ", key in " + keyHeader) + "]";
    }
}
