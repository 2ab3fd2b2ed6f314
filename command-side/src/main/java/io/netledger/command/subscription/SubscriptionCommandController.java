package io.netledger.command.subscription;

import io.netledger.api.Ids;
import io.netledger.api.IspCalendar;
import io.netledger.api.Versions;
import io.netledger.api.secret.SecretCipher;
import io.netledger.api.subscription.ActivateSubscription;
import io.netledger.api.subscription.AssignNetwork;
import io.netledger.api.subscription.ChangeNetwork;
import io.netledger.api.subscription.ChangeSubscriptionPlan;
import io.netledger.api.subscription.CreateSubscription;
import io.netledger.api.subscription.ExtendSubscription;
import io.netledger.api.subscription.LiftFairUsage;
import io.netledger.api.subscription.ReactivateSubscription;
import io.netledger.api.provisioning.RetryRouterWork;
import io.netledger.api.provisioning.RecordRouterSync;
import io.netledger.api.subscription.ReleaseNetwork;
import io.netledger.api.subscription.RotatePppoePassword;
import io.netledger.api.subscription.SuspendSubscription;
import io.netledger.api.subscription.TerminateSubscription;
import io.netledger.command.VersionedReply;
import io.netledger.command.idempotency.IdempotentCreation;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff sell, run and end subscriptions. PPPoE passwords are sealed here, before they
 * enter a command. What the router does about a suspension follows in the sagas.
 */
@RestController
@PreAuthorize("hasRole('STAFF')")
class SubscriptionCommandController {

    private static final String IF_MATCH = "If-Match";

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final SecretCipher secrets;
    private final IspCalendar calendar;

    SubscriptionCommandController(CommandGateway commands, IdempotentCreation idempotent, SecretCipher secrets,
            IspCalendar calendar) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.secrets = secrets;
        this.calendar = calendar;
    }

    @PostMapping("/api/v1/customers/{customerId}/subscriptions")
    ResponseEntity<Map<String, Object>> create(@PathVariable long customerId,
            @Valid @RequestBody SubscriptionRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        LocalDate start = request.startDate() != null ? request.startDate() : calendar.today();
        var password = secrets.seal(request.password());
        IdempotentCreation.Result created = idempotent.create(commands, "subscriptions", idempotencyKey, Ids.next(),
                id -> new CreateSubscription(id, customerId, request.servicePlanId(), request.nasServerId(),
                        request.username(), password, start));
        return created.reply("/api/v1/subscriptions/" + created.id(), 0L, Map.of("id", String.valueOf(created.id())),
                () -> Map.of("customerId", String.valueOf(customerId), "username", request.username(),
                        "status", "pending"));
    }

    @PostMapping("/api/v1/subscriptions/{id}/activate")
    ResponseEntity<Map<String, Object>> activate(@PathVariable long id,
            @Valid @RequestBody SubscriptionRequest.EndDate request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new ActivateSubscription(id, Versions.fromIfMatch(ifMatch),
                request.endDate()));
        return VersionedReply.of(id, version, Map.of("status", "active"));
    }

    @PostMapping("/api/v1/subscriptions/{id}/suspend")
    ResponseEntity<Map<String, Object>> suspend(@PathVariable long id,
            @Valid @RequestBody SubscriptionRequest.Reason request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new SuspendSubscription(id, Versions.fromIfMatch(ifMatch),
                request.reason()));
        return VersionedReply.of(id, version, Map.of("status", "suspended"));
    }

    /** After a failed router operation, once staff fixed the router or the data: the sagas run it again. */
    @PostMapping("/api/v1/subscriptions/{id}/provisioning/retry")
    ResponseEntity<Map<String, Object>> retryProvisioning(@PathVariable long id) {
        long version = commands.sendAndWait(new RetryRouterWork(id));
        return VersionedReply.of(id, version, Map.of("state", "in_progress"));
    }

    /** Ends the fair-usage terms of the period early: the plan's own speeds return at once. */
    @PostMapping("/api/v1/subscriptions/{id}/fair-usage/lift")
    ResponseEntity<Map<String, Object>> liftFairUsage(@PathVariable long id) {
        long version = commands.sendAndWait(new LiftFairUsage(id, LiftFairUsage.STAFF));
        return VersionedReply.of(id, version, Map.of("fairUsage", "lifted"));
    }

    @PostMapping("/api/v1/subscriptions/{id}/reactivate")
    ResponseEntity<Map<String, Object>> reactivate(@PathVariable long id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new ReactivateSubscription(id, Versions.fromIfMatch(ifMatch)));
        return VersionedReply.of(id, version, Map.of("status", "active"));
    }

    @PostMapping("/api/v1/subscriptions/{id}/terminate")
    ResponseEntity<Map<String, Object>> terminate(@PathVariable long id,
            @Valid @RequestBody SubscriptionRequest.Reason request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new TerminateSubscription(id, Versions.fromIfMatch(ifMatch),
                request.reason()));
        return VersionedReply.of(id, version, Map.of("status", "terminated"));
    }

    /** Takes effect at once for a pending subscription, else from the next period (see the answer's ETag and GET). */
    @PostMapping("/api/v1/subscriptions/{id}/change-plan")
    ResponseEntity<Map<String, Object>> changePlan(@PathVariable long id,
            @Valid @RequestBody SubscriptionRequest.Plan request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new ChangeSubscriptionPlan(id, Versions.fromIfMatch(ifMatch),
                request.servicePlanId()));
        return VersionedReply.of(id, version, Map.of("servicePlanId", String.valueOf(request.servicePlanId())));
    }

    @PostMapping("/api/v1/subscriptions/{id}/extend")
    ResponseEntity<Map<String, Object>> extend(@PathVariable long id,
            @Valid @RequestBody SubscriptionRequest.EndDate request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new ExtendSubscription(id, Versions.fromIfMatch(ifMatch),
                request.endDate()));
        return VersionedReply.of(id, version, Map.of("endDate", request.endDate().toString()));
    }

    @PostMapping("/api/v1/subscriptions/{id}/rotate-password")
    ResponseEntity<Map<String, Object>> rotatePassword(@PathVariable long id,
            @Valid @RequestBody SubscriptionRequest.NewPassword request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new RotatePppoePassword(id, Versions.fromIfMatch(ifMatch),
                secrets.seal(request.password())));
        return VersionedReply.of(id, version, Map.of());
    }

    @PostMapping("/api/v1/subscriptions/{id}/router-sync")
    ResponseEntity<Map<String, Object>> routerSync(@PathVariable long id,
            @Valid @RequestBody SubscriptionRequest.RouterSync request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new RecordRouterSync(id, Versions.fromIfMatch(ifMatch),
                request.mikrotikId(), request.mikrotikConfig()));
        return VersionedReply.of(id, version, Map.of("mikrotikId", request.mikrotikId()));
    }

    @PostMapping("/api/v1/subscriptions/{id}/networks")
    ResponseEntity<Map<String, Object>> assignNetwork(@PathVariable long id,
            @Valid @RequestBody SubscriptionRequest.Network request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Long expected = Versions.fromIfMatch(ifMatch);
        IdempotentCreation.Result created = idempotent.create(commands, "networks", idempotencyKey, Ids.next(),
                networkId -> new AssignNetwork(id, expected, networkId, request.settings()));
        // The subscription's version after the assignment is the ETag (null on a replay, which has none).
        return created.reply("/api/v1/subscriptions/" + id + "/networks/" + created.id(), (Long) created.answer(),
                Map.of("id", String.valueOf(created.id()), "subscriptionId", String.valueOf(id)));
    }

    @PutMapping("/api/v1/subscriptions/{id}/networks/{networkId}")
    ResponseEntity<Map<String, Object>> changeNetwork(@PathVariable long id, @PathVariable long networkId,
            @Valid @RequestBody SubscriptionRequest.Network request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new ChangeNetwork(id, Versions.fromIfMatch(ifMatch), networkId,
                request.settings()));
        return VersionedReply.of(id, version, Map.of("networkId", String.valueOf(networkId)));
    }

    @DeleteMapping("/api/v1/subscriptions/{id}/networks/{networkId}")
    ResponseEntity<Map<String, Object>> releaseNetwork(@PathVariable long id, @PathVariable long networkId,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new ReleaseNetwork(id, Versions.fromIfMatch(ifMatch), networkId));
        return VersionedReply.of(id, version, Map.of("networkId", String.valueOf(networkId)));
    }
}
