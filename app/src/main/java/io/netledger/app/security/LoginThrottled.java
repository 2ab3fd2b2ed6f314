package io.netledger.app.security;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A login refused before its password is looked at: too many failures of its account or its address. */
final class LoginThrottled extends ErrorResponseException {

    LoginThrottled(String what, Duration lockedFor) {
        super(HttpStatus.TOO_MANY_REQUESTS, ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "too many failed logins " + what + "; try again later"), null);
        long seconds = Math.max(1, (lockedFor.toMillis() + 999) / 1000);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        getBody().setProperty("retryAfterSeconds", seconds);
    }
}
