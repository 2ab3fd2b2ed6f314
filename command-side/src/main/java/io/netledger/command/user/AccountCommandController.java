package io.netledger.command.user;

import io.netledger.api.RuleViolation;
import io.netledger.api.Versions;
import io.netledger.api.user.ChangePassword;
import io.netledger.command.VersionedReply;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every login looks after its own account: its profile and its password. The token's subject is the user id. */
@RestController
@RequestMapping("/api/v1/account")
@PreAuthorize("isAuthenticated()")
class AccountCommandController {

    private final CommandGateway commands;
    private final Passwords passwords;

    AccountCommandController(CommandGateway commands, Passwords passwords) {
        this.commands = commands;
        this.passwords = passwords;
    }

    record NewOwnPassword(@NotBlank @Size(max = 1024) String currentPassword,
                          @NotBlank @Size(max = 1024) String newPassword) {
    }

    @PutMapping("/profile")
    ResponseEntity<Map<String, Object>> updateProfile(@Valid @RequestBody ProfileRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Principal me) {
        long userId = UserCommandController.actingUser(me);
        long version = commands.sendAndWait(request.command(userId, Versions.fromIfMatch(ifMatch)));
        return VersionedReply.of(userId, version, Map.of());
    }

    /** Tokens issued before the change, this one included, stop working: log in again with the new password. */
    @PostMapping("/password")
    ResponseEntity<Map<String, Object>> changePassword(@Valid @RequestBody NewOwnPassword request, Principal me) {
        long userId = UserCommandController.actingUser(me);
        String current = passwords.verified(userId, request.currentPassword());
        RuleViolation.check(!passwords.matches(request.newPassword(), current),
                "the new password must differ from the current one");
        String hash = passwords.hash(request.newPassword());
        long version = commands.sendAndWait(new ChangePassword(userId, current, hash));
        return VersionedReply.of(userId, version, Map.of());
    }
}
