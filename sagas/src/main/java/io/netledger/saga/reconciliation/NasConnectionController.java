package io.netledger.saga.reconciliation;

import io.netledger.api.nas.NasEndpoint;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterGateway;
import io.netledger.routeros.SystemResource;
import io.netledger.saga.RouterProperties;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Talks to a registered router on demand: a connection test, which changes nothing, a reconciliation now, and
 * the import of what the router already holds.
 * It joins a read model (where the router is) with the adapter (how to talk to it); the read model is awaited
 * until it shows the NAS as staff last wrote it ({@link RegisteredNas}), so both work the moment a NAS is
 * registered or changed.
 */
@RestController
@RequestMapping("/api/v1/nas-servers/{id}")
@PreAuthorize("hasRole('STAFF')")
class NasConnectionController {

    private final RegisteredNas registered;
    private final RouterGateway routers;
    private final RouterProperties routerProperties;
    private final RouterReconciliation reconciliation;
    private final RouterImport routerImport;

    NasConnectionController(RegisteredNas registered, RouterGateway routers, RouterProperties routerProperties,
            RouterReconciliation reconciliation, RouterImport routerImport) {
        this.registered = registered;
        this.routers = routers;
        this.routerProperties = routerProperties;
        this.reconciliation = reconciliation;
        this.routerImport = routerImport;
    }

    /** Connects, logs in and reads the router's identity: version, board, and how long that took. */
    @PostMapping("/test-connection")
    ResponseEntity<?> testConnection(@PathVariable long id) {
        Optional<NasEndpoint> readable = registered.endpoint(id);
        if (readable.isEmpty()) {
            return notReadableYet(id, "test-connection");
        }
        NasEndpoint nas = readable.get();
        long started = System.nanoTime();
        try {
            SystemResource resource = routers.systemResource(routerProperties.loginTo(nas));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reachable", true);
            body.put("version", resource.version());
            body.put("boardName", resource.boardName());
            body.put("latencyMs", Duration.ofNanos(System.nanoTime() - started).toMillis());
            body.put("cpuLoadPercent", resource.cpuLoadPercent());
            body.put("freeMemoryBytes", resource.freeMemoryBytes());
            body.put("totalMemoryBytes", resource.totalMemoryBytes());
            body.put("uptime", resource.uptime().toString());
            return ResponseEntity.ok(body);
        } catch (RouterFailure failure) {
            ConnectionCheck check = ConnectionCheck.of(failure);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(check.status(),
                    "router " + nas.ipAddress() + ":" + nas.port() + " did not answer as expected: "
                            + failure.getMessage());
            problem.setProperty("reason", check.reason());
            problem.setProperty("latencyMs", Duration.ofNanos(System.nanoTime() - started).toMillis());
            problem.setInstance(URI.create("/api/v1/nas-servers/" + id + "/test-connection"));
            return ResponseEntity.status(check.status()).body(problem);
        }
    }

    /**
     * Reconciles the NAS now instead of waiting for the next round: the report, and the repairs under way
     * unless the NAS is report-only. A router that cannot be read answers 502/504 like a connection test.
     */
    @PostMapping("/reconcile")
    ResponseEntity<?> reconcile(@PathVariable long id) {
        if (registered.endpoint(id).isEmpty()) {
            return notReadableYet(id, "reconcile");
        }
        try {
            return ResponseEntity.ok(reconciliation.reconcile(id));
        } catch (RouterFailure failure) {
            return unreadable(id, "reconcile", failure);
        }
    }

    /**
     * Imports the router's PPP secrets as customers and active subscriptions, with plans for its profiles; with
     * {@code dryRun=true} answers the same report and writes nothing, for staff to review first. A second import
     * adds nothing.
     */
    @PostMapping("/import")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<?> importFromRouter(@PathVariable long id, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestBody(required = false) ImportRequest request) {
        Optional<NasEndpoint> readable = registered.endpoint(id);
        if (readable.isEmpty()) {
            return notReadableYet(id, "import");
        }
        try {
            return ResponseEntity.ok(routerImport.run(id, readable.get(),
                    request == null ? ImportRequest.DEFAULTS : request, dryRun));
        } catch (RouterFailure failure) {
            return unreadable(id, "import", failure);
        }
    }

    /** A router that could not be read answers 502/504 like a connection test, with the reason. */
    private static ResponseEntity<ProblemDetail> unreadable(long id, String action, RouterFailure failure) {
        ConnectionCheck check = ConnectionCheck.of(failure);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(check.status(),
                "the router of NAS server " + id + " could not be read: " + failure.getMessage());
        problem.setProperty("reason", check.reason());
        problem.setInstance(URI.create("/api/v1/nas-servers/" + id + "/" + action));
        return ResponseEntity.status(check.status()).body(problem);
    }

    /** The NAS exists, but its read model is stuck behind its events: say so rather than act on an old address. */
    private static ResponseEntity<ProblemDetail> notReadableYet(long id, String action) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the read model of NAS server " + id + " has not caught up with its last change within "
                        + RegisteredNas.LIMIT.toSeconds() + " s; retry shortly");
        problem.setInstance(URI.create("/api/v1/nas-servers/" + id + "/" + action));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }
}
