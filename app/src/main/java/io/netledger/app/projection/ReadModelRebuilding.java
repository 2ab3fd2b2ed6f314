package io.netledger.app.projection;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A read of a read model that is being rebuilt: 503, retry later, and how far the rebuild has come. */
final class ReadModelRebuilding extends ErrorResponseException {

    ReadModelRebuilding(RebuildProgress progress) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(progress), null);
        Long left = progress.secondsLeft();
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(left == null ? 5 : Math.max(1, Math.min(left, 60))));
    }

    private static ProblemDetail problem(RebuildProgress progress) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the read model '" + progress.processor() + "' is being rebuilt from the events; retry shortly");
        problem.setProperty("rebuild", progress.view());
        return problem;
    }
}
