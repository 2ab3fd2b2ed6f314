package io.netledger.command.genieacs;

import io.netledger.api.Ids;
import io.netledger.api.RuleViolation;
import io.netledger.api.Versions;
import io.netledger.api.genieacs.ActivateGenieAcsIntegration;
import io.netledger.api.genieacs.ChangeGenieAcsIntegration;
import io.netledger.api.genieacs.DeactivateGenieAcsIntegration;
import io.netledger.api.genieacs.RegisterGenieAcsIntegration;
import io.netledger.api.genieacs.RotateGenieAcsApiKey;
import io.netledger.api.secret.SecretCipher;
import io.netledger.api.secret.Sealed;
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

/** API keys are sealed here, before they enter a command: plaintext goes no further, and is never answered. */
@RestController
@RequestMapping("/api/v1/genieacs-integrations")
@PreAuthorize("hasRole('ADMIN')")
class GenieAcsIntegrationCommandController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final SecretCipher secrets;

    GenieAcsIntegrationCommandController(CommandGateway commands, IdempotentCreation idempotent,
            SecretCipher secrets) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.secrets = secrets;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody GenieAcsIntegrationRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        var connection = request.connection();
        Sealed apiKey = seal(request.apiKey());
        IdempotentCreation.Result created = idempotent.create(commands, "genieacs-integrations", idempotencyKey,
                Ids.next(), id -> new RegisterGenieAcsIntegration(id, connection, apiKey));
        return created.reply("/api/v1/genieacs-integrations/" + created.id(), 0L, Map.of("id",
                String.valueOf(created.id()), "endpointUrl", connection.endpointUrl(), "hasApiKey", apiKey != null,
                "isActive", true));
    }

    @PutMapping("/{id}")
    ResponseEntity<Map<String, Object>> replace(@PathVariable long id,
            @Valid @RequestBody GenieAcsIntegrationRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        RuleViolation.check(request.apiKey() == null,
                "the API key changes through POST /api/v1/genieacs-integrations/{id}/rotate-api-key");
        long version = commands.sendAndWait(new ChangeGenieAcsIntegration(id, Versions.fromIfMatch(ifMatch),
                request.connection()));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("id", String.valueOf(id)));
    }

    @PostMapping("/{id}/rotate-api-key")
    ResponseEntity<Map<String, Object>> rotateApiKey(@PathVariable long id,
            @Valid @RequestBody GenieAcsIntegrationRequest.NewApiKey request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new RotateGenieAcsApiKey(id, Versions.fromIfMatch(ifMatch),
                seal(request.apiKey())));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("id", String.valueOf(id),
                "hasApiKey", request.apiKey() != null));
    }

    @PostMapping("/{id}/deactivate")
    ResponseEntity<Map<String, Object>> deactivate(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new DeactivateGenieAcsIntegration(id, Versions.fromIfMatch(ifMatch)));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("id", String.valueOf(id),
                "isActive", false));
    }

    @PostMapping("/{id}/activate")
    ResponseEntity<Map<String, Object>> activate(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new ActivateGenieAcsIntegration(id, Versions.fromIfMatch(ifMatch)));
        return ResponseEntity.ok().eTag(Versions.etag(version)).body(Map.of("id", String.valueOf(id),
                "isActive", true));
    }

    private Sealed seal(String apiKey) {
        if (apiKey == null) {
            return null;
        }
        RuleViolation.check(!apiKey.isBlank() && apiKey.chars().noneMatch(Character::isISOControl),
                "apiKey must be printable text");
        return secrets.seal(apiKey);
    }
}
