package io.netledger.app.projection;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A rebuild that may not start now, or never: a saga's processor, or one already rebuilding. */
final class RebuildRefused extends ErrorResponseException {

    RebuildRefused(String detail) {
        super(HttpStatus.CONFLICT, ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail), null);
    }
}
