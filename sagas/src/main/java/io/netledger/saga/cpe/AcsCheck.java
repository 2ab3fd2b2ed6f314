package io.netledger.saga.cpe;

import io.netledger.genieacs.NbiFailure;
import java.net.http.HttpTimeoutException;
import org.springframework.http.HttpStatus;

/**
 * Why an ACS could not be worked with, in words an operator acts on: {@code timeout} (a firewall dropping the
 * port, a wrong host), {@code unreachable} (nothing listens), {@code bad_api_key} (the proxy refused the key),
 * {@code not_found} (a wrong path: not an NBI), {@code acs_error} (GenieACS failed). A timeout is a 504, any other
 * failure of the ACS a 502, as for routers.
 */
record AcsCheck(String reason, HttpStatus status) {

    static AcsCheck of(NbiFailure failure) {
        if (failure.status() == 0) {
            return failure.getCause() instanceof HttpTimeoutException
                    ? new AcsCheck("timeout", HttpStatus.GATEWAY_TIMEOUT)
                    : new AcsCheck("unreachable", HttpStatus.BAD_GATEWAY);
        }
        return switch (failure.status()) {
            case 401, 403 -> new AcsCheck("bad_api_key", HttpStatus.BAD_GATEWAY);
            case 404 -> new AcsCheck("not_found", HttpStatus.BAD_GATEWAY);
            default -> new AcsCheck(failure.status() >= 500 ? "acs_error" : "refused", HttpStatus.BAD_GATEWAY);
        };
    }
}
