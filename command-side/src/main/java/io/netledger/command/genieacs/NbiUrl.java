package io.netledger.command.genieacs;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * An NBI base URL staff may register: http or https to a host, an optional port and path. Credentials in the URL
 * are refused because the URL is shown and logged; the key belongs in its sealed field.
 */
final class NbiUrl {

    private NbiUrl() {
    }

    static boolean isValid(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isEmpty()
                    && uri.getRawUserInfo() == null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getPort() <= 65_535;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
