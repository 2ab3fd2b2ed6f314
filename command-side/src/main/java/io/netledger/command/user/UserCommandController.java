package io.netledger.command.user;

import io.netledger.api.Ids;
import io.netledger.api.RuleViolation;
import io.netledger.api.Versions;
import io.netledger.api.user.ActivateUser;
import io.netledger.api.user.ChangeUserRole;
import io.netledger.api.user.DeactivateUser;
import io.netledger.api.user.RegisterUser;
import io.netledger.api.user.ResetPassword;
import io.netledger.api.user.Role;
import io.netledger.api.user.VerifyUserEmail;
import io.netledger.command.VersionedReply;
import io.netledger.command.idempotency.IdempotentCreation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
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

/** User administration is ADMIN's; passwords are hashed here, before they enter a command. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class UserCommandController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final Passwords passwords;

    UserCommandController(CommandGateway commands, IdempotentCreation idempotent, Passwords passwords) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.passwords = passwords;
    }

    record NewUser(@NotBlank @Size(max = 255) String name, @NotBlank @Email @Size(max = 255) String email,
                   @NotBlank @Size(max = 1024) String password, @NotNull Role role) {
    }

    record NewRole(@NotNull Role role) {
    }

    record NewPassword(@NotBlank @Size(max = 1024) String newPassword) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@Valid @RequestBody NewUser request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        RuleViolation.check(request.role() != Role.CUSTOMER,
                "customer accounts are created together with their customer record");
        String hash = passwords.hash(request.password());
        IdempotentCreation.Result created = idempotent.create(commands, "users", idempotencyKey, Ids.next(),
                userId -> new RegisterUser(userId, request.name(), request.email(), hash, request.role()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(Map.of("id", String.valueOf(created.id()), "name", request.name(), "email",
                        UserCreation.normalised(request.email()), "role", request.role(), "isActive", true));
    }

    @PutMapping("/{id}/role")
    Map<String, Object> changeRole(@PathVariable long id, @Valid @RequestBody NewRole request, Principal admin) {
        commands.sendAndWait(new ChangeUserRole(id, request.role(), actingUser(admin)));
        return Map.of("id", String.valueOf(id), "role", request.role());
    }

    @PostMapping("/{id}/deactivate")
    Map<String, Object> deactivate(@PathVariable long id, Principal admin) {
        commands.sendAndWait(new DeactivateUser(id, actingUser(admin)));
        return Map.of("id", String.valueOf(id), "isActive", false);
    }

    @PostMapping("/{id}/activate")
    Map<String, Object> activate(@PathVariable long id) {
        commands.sendAndWait(new ActivateUser(id));
        return Map.of("id", String.valueOf(id), "isActive", true);
    }

    @PutMapping("/{id}/profile")
    ResponseEntity<Map<String, Object>> updateProfile(@PathVariable long id, @Valid @RequestBody ProfileRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(request.command(id, Versions.fromIfMatch(ifMatch)));
        return VersionedReply.of(id, version, Map.of());
    }

    /** Sets a forgotten password; the account's tokens stop working. Own passwords go through /account/password. */
    @PostMapping("/{id}/password")
    ResponseEntity<Map<String, Object>> resetPassword(@PathVariable long id, @Valid @RequestBody NewPassword request,
            Principal admin) {
        String hash = passwords.hash(request.newPassword());
        long version = commands.sendAndWait(new ResetPassword(id, hash, actingUser(admin)));
        return VersionedReply.of(id, version, Map.of());
    }

    @PostMapping("/{id}/verify-email")
    ResponseEntity<Map<String, Object>> verifyEmail(@PathVariable long id) {
        long version = commands.sendAndWait(new VerifyUserEmail(id));
        return VersionedReply.of(id, version, Map.of());
    }

    /** The token's subject is the user id (see the app's LoginController). */
    static long actingUser(Principal principal) {
        return Long.parseLong(principal.getName());
    }
}
