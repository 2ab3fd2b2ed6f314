package io.netledger.command.nas;

import io.netledger.api.Ids;
import io.netledger.api.RuleViolation;
import io.netledger.api.nas.ActivateNasServer;
import io.netledger.api.nas.ChangeNasServer;
import io.netledger.api.nas.DeactivateNasServer;
import io.netledger.api.nas.RegisterNasServer;
import io.netledger.api.nas.RotateNasPassword;
import io.netledger.api.secret.SecretCipher;
import io.netledger.api.Versions;
import io.netledger.command.idempotency.IdempotentCreation;
import jakarta.validation.Valid;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Router passwords are sealed here, before they enter a command: plaintext goes no further. */
@RestController
@RequestMapping("/api/v1/nas-servers")
@PreAuthorize("hasRole('STAFF')")
class NasServerCommandController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final SecretCipher secrets;

    NasServerCommandController(CommandGateway commands, IdempotentCreation idempotent, SecretCipher secrets) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.secrets = secrets;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody NasServerRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        RuleViolation.check(request.password() != null, "password is required");
        var connection = request.connection();
        var password = secrets.seal(request.password());
        IdempotentCreation.Result created = idempotent.create(commands, "nas-servers", idempotencyKey, Ids.next(),
                nasId -> new RegisterNasServer(nasId, connection, password));
        return created.reply("/api/v1/nas-servers/" + created.id(), 0L, Map.of("id", String.valueOf(created.id()), "name", connection.name(),
                "ipAddress", connection.ipAddress(), "port", connection.port(), "apiType", connection.apiType(),
                "tls", connection.tls(), "isActive", true));
    }

    @PutMapping("/{id}")
    ResponseEntity<Map<String, Object>> replace(@PathVariable long id, @Valid @RequestBody NasServerRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        RuleViolation.check(request.password() == null,
                "the password changes through POST /api/v1/nas-servers/{id}/rotate-password");
        long version = commands.sendAndWait(new ChangeNasServer(id, Versions.fromIfMatch(ifMatch),
                request.connection()));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("id", String.valueOf(id)));
    }

    @PostMapping("/{id}/rotate-password")
    ResponseEntity<Map<String, Object>> rotatePassword(@PathVariable long id,
            @Valid @RequestBody NasServerRequest.NewPassword request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new RotateNasPassword(id, Versions.fromIfMatch(ifMatch),
                secrets.seal(request.password())));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("id", String.valueOf(id)));
    }

    @PostMapping("/{id}/deactivate")
    ResponseEntity<Map<String, Object>> deactivate(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new DeactivateNasServer(id, Versions.fromIfMatch(ifMatch)));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("id", String.valueOf(id), "isActive", false));
    }

    @PostMapping("/{id}/activate")
    ResponseEntity<Map<String, Object>> activate(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new ActivateNasServer(id, Versions.fromIfMatch(ifMatch)));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("id", String.valueOf(id), "isActive", true));
    }
}
