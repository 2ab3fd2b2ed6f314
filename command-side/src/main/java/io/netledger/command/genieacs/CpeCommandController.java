package io.netledger.command.genieacs;

import io.netledger.api.Ids;
import io.netledger.api.NotFound;
import io.netledger.api.Versions;
import io.netledger.api.Viewer;
import io.netledger.api.genieacs.ChangeCpeWifi;
import io.netledger.api.genieacs.FactoryResetCpe;
import io.netledger.api.genieacs.RebootCpe;
import io.netledger.api.genieacs.RetryCpeTask;
import io.netledger.api.genieacs.WifiRules;
import io.netledger.api.secret.SecretCipher;
import io.netledger.api.subscription.FindSubscription;
import io.netledger.api.subscription.SubscriptionView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What staff, or the customer for his own subscription, ask of the subscription's CPE. Each request is an event;
 * the pusher sends it to GenieACS and records how it ended, so the answer is 202 with the push's id. The Wi-Fi
 * passphrase is checked against WPA2's rules and sealed here, before a command exists.
 */
@RestController
@RequestMapping("/api/v1/subscriptions/{id}/cpe")
@PreAuthorize("hasRole('CUSTOMER')")
class CpeCommandController {

    /** The body of {@code POST .../cpe/wifi}. */
    record WifiRequest(@NotNull @Size(max = 64) String ssid, @NotNull @Size(max = 64) String passphrase) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SecretCipher secrets;

    CpeCommandController(CommandGateway commands, QueryGateway queries, SecretCipher secrets) {
        this.commands = commands;
        this.queries = queries;
        this.secrets = secrets;
    }

    @PostMapping("/wifi")
    ResponseEntity<Map<String, Object>> wifi(@PathVariable long id, @Valid @RequestBody WifiRequest request,
            Viewer viewer) {
        requireOwn(id, viewer);
        WifiRules.ssid(request.ssid());
        WifiRules.passphrase(request.passphrase());
        long pushId = Ids.next();
        long version = commands.sendAndWait(new ChangeCpeWifi(id, pushId, request.ssid(),
                secrets.seal(request.passphrase())));
        return accepted(id, pushId, version);
    }

    @PostMapping("/reboot")
    ResponseEntity<Map<String, Object>> reboot(@PathVariable long id, Viewer viewer) {
        requireOwn(id, viewer);
        long pushId = Ids.next();
        return accepted(id, pushId, commands.sendAndWait(new RebootCpe(id, pushId)));
    }

    @PostMapping("/factory-reset")
    @PreAuthorize("hasRole('STAFF')")
    ResponseEntity<Map<String, Object>> factoryReset(@PathVariable long id) {
        long pushId = Ids.next();
        return accepted(id, pushId, commands.sendAndWait(new FactoryResetCpe(id, pushId)));
    }

    @PostMapping("/tasks/{pushId}/retry")
    @PreAuthorize("hasRole('STAFF')")
    ResponseEntity<Map<String, Object>> retry(@PathVariable long id, @PathVariable long pushId) {
        return accepted(id, pushId, commands.sendAndWait(new RetryCpeTask(id, pushId)));
    }

    /** To a customer, another customer's subscription does not exist. */
    private void requireOwn(long subscriptionId, Viewer viewer) {
        if (viewer.ownCustomer().isEmpty()) {
            return;
        }
        queries.query(new FindSubscription(subscriptionId), ResponseTypes.optionalInstanceOf(SubscriptionView.class))
                .join().filter(subscription -> viewer.mayRead(subscription.customerId()))
                .orElseThrow(() -> new NotFound("subscription " + subscriptionId + " does not exist"));
    }

    private static ResponseEntity<Map<String, Object>> accepted(long id, long pushId, long version) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).eTag(Versions.etag(version)).body(Map.of("subscriptionId",
                String.valueOf(id), "pushId", String.valueOf(pushId), "state", "requested"));
    }
}
