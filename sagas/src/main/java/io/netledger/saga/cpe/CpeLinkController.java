package io.netledger.saga.cpe;

import io.netledger.api.RuleViolation;
import io.netledger.api.Versions;
import io.netledger.api.genieacs.GenieAcsEndpoint;
import io.netledger.api.genieacs.LinkCpe;
import io.netledger.genieacs.DeviceId;
import io.netledger.genieacs.GenieAcsClient;
import io.netledger.genieacs.NbiFailure;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff link a device to a subscription by hand, typically one of the unclaimed ones. The ACS is asked first
 * whether it holds the device (its copy may be a sync old), so no link names a device that is not there.
 */
@RestController
@RequestMapping("/api/v1/subscriptions/{id}/cpe")
@PreAuthorize("hasRole('STAFF')")
class CpeLinkController {

    /** The body: which ACS, and the device's GenieACS {@code _id}. */
    record LinkRequest(@NotNull Long integrationId, @NotBlank @Size(max = 255) String deviceId) {
    }

    private final RegisteredAcs registered;
    private final AcsClients clients;
    private final CommandGateway commands;

    CpeLinkController(RegisteredAcs registered, AcsClients clients, CommandGateway commands) {
        this.registered = registered;
        this.clients = clients;
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<?> link(@PathVariable long id, @Valid @RequestBody LinkRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        DeviceId device;
        try {
            device = DeviceId.parse(request.deviceId());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("deviceId is not a GenieACS device id: " + e.getMessage());
        }
        Optional<GenieAcsEndpoint> readable = registered.endpoint(request.integrationId());
        if (readable.isEmpty()) {
            return AcsConnectionController.notReadableYet(request.integrationId(), "cpe");
        }
        RuleViolation.check(readable.get().active(),
                "GenieACS integration " + request.integrationId() + " is not active");
        try {
            boolean known = !clients.of(readable.get()).devices(GenieAcsClient.deviceWithId(device), List.of("_id"), 1)
                    .isEmpty();
            RuleViolation.check(known, "GenieACS integration " + request.integrationId() + " holds no device "
                    + request.deviceId());
        } catch (NbiFailure failure) {
            AcsCheck check = AcsCheck.of(failure);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(check.status(),
                    "GenieACS could not say whether it holds the device: " + failure.getMessage());
            problem.setProperty("reason", check.reason());
            problem.setInstance(URI.create("/api/v1/subscriptions/" + id + "/cpe"));
            return ResponseEntity.status(check.status()).body(problem);
        }
        long version = commands.sendAndWait(new LinkCpe(id, Versions.fromIfMatch(ifMatch), request.integrationId(),
                device.value()));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("subscriptionId", String.valueOf(id),
                "integrationId", String.valueOf(request.integrationId()), "deviceId", device.value()));
    }
}
