package io.netledger.saga.cpe;

import io.netledger.api.genieacs.GenieAcsEndpoint;
import io.netledger.genieacs.AcsStatus;
import io.netledger.genieacs.NbiFailure;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Talks to a registered ACS on demand: a connection test, which changes nothing, as the NAS test does for routers. */
@RestController
@RequestMapping("/api/v1/genieacs-integrations/{id}")
@PreAuthorize("hasRole('ADMIN')")
class AcsConnectionController {

    private final RegisteredAcs registered;
    private final AcsClients clients;

    AcsConnectionController(RegisteredAcs registered, AcsClients clients) {
        this.registered = registered;
        this.clients = clients;
    }

    /** One HEAD on {@code /devices/}: the GenieACS version it reports, how many devices it holds, how long it took. */
    @PostMapping("/test-connection")
    ResponseEntity<?> testConnection(@PathVariable long id) {
        Optional<GenieAcsEndpoint> readable = registered.endpoint(id);
        if (readable.isEmpty()) {
            return notReadableYet(id, "test-connection");
        }
        GenieAcsEndpoint acs = readable.get();
        long started = System.nanoTime();
        try {
            AcsStatus status = clients.of(acs).status();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reachable", true);
            body.put("version", status.version());
            body.put("deviceCount", status.deviceCount());
            body.put("latencyMs", Duration.ofNanos(System.nanoTime() - started).toMillis());
            return ResponseEntity.ok(body);
        } catch (NbiFailure failure) {
            AcsCheck check = AcsCheck.of(failure);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(check.status(),
                    "GenieACS at " + acs.endpointUrl() + " did not answer as expected: " + failure.getMessage());
            problem.setProperty("reason", check.reason());
            problem.setProperty("latencyMs", Duration.ofNanos(System.nanoTime() - started).toMillis());
            problem.setInstance(URI.create("/api/v1/genieacs-integrations/" + id + "/test-connection"));
            return ResponseEntity.status(check.status()).body(problem);
        }
    }

    static ResponseEntity<ProblemDetail> notReadableYet(long id, String action) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the read model of GenieACS integration " + id + " has not caught up with its last change within "
                        + RegisteredAcs.LIMIT.toSeconds() + " s; retry shortly");
        problem.setInstance(URI.create("/api/v1/genieacs-integrations/" + id + "/" + action));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }
}
