package io.netledger.saga.cpe;

import io.netledger.api.BadRequest;
import io.netledger.api.genieacs.GenieAcsEndpoint;
import io.netledger.api.genieacs.SyncType;
import io.netledger.api.RuleViolation;
import io.netledger.genieacs.NbiFailure;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A sync now instead of at the next interval: {@code type=full} reads every device, {@code incremental} what informed since. */
@RestController
@RequestMapping("/api/v1/genieacs-integrations/{id}")
@PreAuthorize("hasRole('ADMIN')")
class AcsSyncController {

    private final RegisteredAcs registered;
    private final DeviceSync sync;

    AcsSyncController(RegisteredAcs registered, DeviceSync sync) {
        this.registered = registered;
        this.sync = sync;
    }

    @PostMapping("/sync")
    ResponseEntity<?> sync(@PathVariable long id, @RequestParam(defaultValue = "incremental") String type) {
        SyncType requested = switch (type) {
            case "full" -> SyncType.FULL;
            case "incremental" -> SyncType.INCREMENTAL;
            default -> throw new BadRequest("type must be full or incremental: " + type);
        };
        Optional<GenieAcsEndpoint> readable = registered.endpoint(id);
        if (readable.isEmpty()) {
            return AcsConnectionController.notReadableYet(id, "sync");
        }
        RuleViolation.check(readable.get().active(), "GenieACS integration " + id + " is not active");
        try {
            return ResponseEntity.ok(sync.run(readable.get(), requested));
        } catch (NbiFailure failure) {
            AcsCheck check = AcsCheck.of(failure);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(check.status(),
                    "GenieACS integration " + id + " could not be synced: " + failure.getMessage());
            problem.setProperty("reason", check.reason());
            problem.setInstance(URI.create("/api/v1/genieacs-integrations/" + id + "/sync"));
            return ResponseEntity.status(check.status()).body(problem);
        }
    }
}
