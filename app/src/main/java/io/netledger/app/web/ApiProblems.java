package io.netledger.app.web;

import io.netledger.api.Causes;
import io.netledger.api.AlreadyTaken;
import io.netledger.api.BadRequest;
import io.netledger.api.NotFound;
import io.netledger.api.RuleViolation;
import io.netledger.api.customer.ErasureRefused;
import io.netledger.api.Versions;
import io.netledger.app.security.LoginRefused;
import io.netledger.payment.GatewayRefused;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.Optional;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import tools.jackson.core.JacksonException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as RFC 9457 problem+json. Domain exceptions are found anywhere in the
 * cause chain, because Axon's gateways wrap what a handler throws.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> anything(Exception e, HttpServletRequest request) {
        // An answer a handler made itself (status, headers, problem), wrapped by Axon's query gateway on the way.
        Optional<ErrorResponseException> answered = Causes.find(e, ErrorResponseException.class);
        if (answered.isPresent()) {
            ProblemDetail body = answered.get().getBody();
            body.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(answered.get().getStatusCode()).headers(answered.get().getHeaders()).body(body);
        }
        Optional<ProblemDetail> known = Causes.chain(e).map(ApiProblems::known).filter(Objects::nonNull).findFirst();
        if (known.isPresent()) {
            known.get().setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(known.get().getStatus()).body(known.get());
        }
        if (DatabaseOutage.causedBy(e)) {
            log.warn("{} {} failed: the database is not reachable ({})", request.getMethod(),
                    LoggedInput.escape(request.getRequestURI()), LoggedInput.escape(e.getMessage()));
            ProblemDetail outage = problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL);
            DatabaseOutage.members(request.getMethod()).forEach(outage::setProperty);
            outage.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS).body(outage);
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), LoggedInput.escape(request.getRequestURI()), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, "unexpected failure; see the log"));
    }

    private static ProblemDetail known(Throwable t) {
        if (t instanceof ErasureRefused e) {
            ProblemDetail refused = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
            refused.setProperty("obstacles", e.obstacles());
            return refused;
        }
        if (t instanceof RuleViolation) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, t.getMessage());
        }
        if (t instanceof BadRequest) {
            return problem(HttpStatus.BAD_REQUEST, t.getMessage());
        }
        if (t instanceof RequestTooLarge) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, t.getMessage());
        }
        if (t instanceof NotFound) {
            return problem(HttpStatus.NOT_FOUND, t.getMessage());
        }
        if (t instanceof AggregateNotFoundException e) {
            return problem(HttpStatus.NOT_FOUND, "nothing with id " + e.getAggregateIdentifier() + " exists");
        }
        if (t instanceof AlreadyTaken) {
            return problem(HttpStatus.CONFLICT, t.getMessage());
        }
        if (t instanceof ConflictingAggregateVersionException e) {
            return problem(HttpStatus.PRECONDITION_FAILED, "the resource changed since you read it (now version "
                    + e.getActualVersion() + "); read it again and retry");
        }
        if (t instanceof Versions.WeakTag) {
            return problem(HttpStatus.PRECONDITION_FAILED, t.getMessage());
        }
        if (t instanceof ConflictingModificationException) {
            return problem(HttpStatus.CONFLICT, "someone else changed this resource at the same moment; retry");
        }
        if (t instanceof GatewayRefused) {
            return problem(HttpStatus.BAD_GATEWAY, t.getMessage());
        }
        if (t instanceof LoginRefused) {
            return problem(HttpStatus.UNAUTHORIZED, t.getMessage());
        }
        if (t instanceof MultipartException) {
            return problem(HttpStatus.BAD_REQUEST, "the multipart body is malformed; this operation reads JSON");
        }
        if (t instanceof AccessDeniedException) {
            return problem(HttpStatus.FORBIDDEN, "your role may not do this");
        }
        return null;
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.<String, Object>of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the request has invalid fields: " + errors.stream().map(m -> m.get("field") + " " + m.get("message"))
                        .reduce((a, b) -> a + ", " + b).orElse(""));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Optional<RequestTooLarge> tooLarge = Causes.find(e, RequestTooLarge.class);
        if (tooLarge.isPresent()) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(problem(HttpStatus.CONTENT_TOO_LARGE, tooLarge.get().getMessage()));
        }
        Optional<JacksonException> json = Causes.find(e, JacksonException.class);
        String field = json.map(ApiProblems::field).orElse("");
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, readable(e, json, field));
        if (!field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** Jackson's message names the expected type; the field comes first, and Jackson's internals go. */
    private static String readable(HttpMessageNotReadableException e, Optional<JacksonException> json, String field) {
        String message = json.map(JacksonException::getOriginalMessage).orElse(e.getMostSpecificCause().getMessage());
        if (message == null) {
            return "the request body is not valid JSON";
        }
        int detailStart = message.indexOf(" at [Source");
        message = detailStart > 0 ? message.substring(0, detailStart) : message;
        message = message.lines().findFirst().orElse(message);
        return "the request body is not readable: " + (field.isEmpty() ? "" : field + ": ") + message;
    }

    /** The JSON path of the value Jackson refused ({@code networks[0].ipAddress}), or "" at the top. */
    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
