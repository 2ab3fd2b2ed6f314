package io.netledger.saga.reconciliation;

import io.netledger.routeros.RouterFailure;
import java.util.Locale;
import org.springframework.http.HttpStatus;

/**
 * Why a router could not be reached or would not let NetLedger in, in words an operator
 * acts on: {@code timeout} (wrong IP, a firewall dropping the API port), {@code refused}
 * (API service disabled or wrong port), {@code bad_credentials}, {@code connection_lost},
 * or {@code other}. A router that did not answer in time is a 504; any other failure of
 * the router a 502.
 */
record ConnectionCheck(String reason, HttpStatus status) {

    static ConnectionCheck of(RouterFailure failure) {
        String reason = failure.reason().name().toLowerCase(Locale.ROOT);
        return new ConnectionCheck(reason, failure.reason() == RouterFailure.Reason.TIMEOUT
                ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.BAD_GATEWAY);
    }
}
