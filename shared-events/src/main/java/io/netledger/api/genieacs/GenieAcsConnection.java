package io.netledger.api.genieacs;

/**
 * Where an ACS's NBI is and how NetLedger works with it. The API key is not here: it travels sealed, on its own,
 * so that it can rotate alone.
 *
 * @param endpointUrl the NBI's base, e.g. {@code http://acs.region-1.isp.id:7557}
 * @param apiVersion  the GenieACS version staff run (test-connection reports the one it answers)
 * @param keyHeader   the header the proxy in front of the NBI reads the key from
 */
public record GenieAcsConnection(String endpointUrl, String apiVersion, String keyHeader,
                                 GenieAcsConfiguration configuration) {

    public static final String DEFAULT_KEY_HEADER = "X-API-Key";

    public GenieAcsConnection {
        endpointUrl = endpointUrl == null ? null : endpointUrl.strip();
        apiVersion = apiVersion == null || apiVersion.isBlank() ? null : apiVersion.strip();
        keyHeader = keyHeader == null || keyHeader.isBlank() ? DEFAULT_KEY_HEADER : keyHeader.strip();
        configuration = configuration == null ? GenieAcsConfiguration.DEFAULTS : configuration;
    }
}
