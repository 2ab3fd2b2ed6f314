package io.netledger.command.user;

import io.netledger.api.RuleViolation;
import io.netledger.api.Versions;
import io.netledger.api.user.ChangePassword;
import io.netledger.api.user.UpdateUserProfile;
import io.netledger.api.user.UserProfile;
import io.netledger.api.user.VerifyUserEmail;
import io.netledger.command.VersionedReply;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everyone's own account ({@code /api/v1/account}: profile, password) and what an ADMIN
 * does to anyone's ({@code /api/v1/users/{id}/profile|password|verify-email}).
 */
@RestController
class AccountCommandController {

    private static final String IF_MATCH = "If-Match";

    private final CommandGateway commands;
    private final PasswordEncoder passwords;
    private final PasswordCheck check;

    AccountCommandController(CommandGateway commands, PasswordEncoder passwords, PasswordCheck check) {
        this.commands = commands;
        this.passwords = passwords;
        this.check = check;
    }

    record Profile(@Size(max = 500) String address, @Size(max = 100) String city, @Size(max = 100) String province,
                   @Size(max = 16) String postalCode, @Size(max = 100) String country, LocalDate birthDate,
                   @Size(max = 16) String gender, @Size(max = 1000) String photo, @Size(max = 5000) String bio) {

        UserProfile profile() {
            return new UserProfile(address, city, province, postalCode, country, birthDate, gender, photo, bio);
        }
    }

    record OwnPassword(@NotBlank @Size(max = 1024) String currentPassword,
                       @NotBlank @Size(max = 1024) String newPassword) {
    }

    record NewPassword(@NotBlank @Size(max = 1024) String newPassword) {
    }

    @PutMapping("/api/v1/account/profile")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Map<String, Object>> updateOwnProfile(@Valid @RequestBody Profile request, Principal caller,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return profile(userId(caller), request, ifMatch);
    }

    @PostMapping("/api/v1/account/password")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Map<String, Object>> changeOwnPassword(@Valid @RequestBody OwnPassword request, Principal caller) {
        long userId = userId(caller);
        String hash = hashOf(request.newPassword());
        long seen = check.verify(userId, request.currentPassword());
        long version = commands.sendAndWait(new ChangePassword(userId, seen, hash));
        return VersionedReply.of(userId, version, Map.of());
    }

    @PutMapping("/api/v1/users/{id}/profile")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> updateProfile(@PathVariable long id, @Valid @RequestBody Profile request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return profile(id, request, ifMatch);
    }

    /** An administrator's reset, for someone who forgot theirs: no current password asked. */
    @PostMapping("/api/v1/users/{id}/password")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> resetPassword(@PathVariable long id,
            @Valid @RequestBody NewPassword request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new ChangePassword(id, Versions.fromIfMatch(ifMatch),
                hashOf(request.newPassword())));
        return VersionedReply.of(id, version, Map.of());
    }

    @PostMapping("/api/v1/users/{id}/verify-email")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> verifyEmail(@PathVariable long id) {
        long version = commands.sendAndWait(new VerifyUserEmail(id));
        return VersionedReply.of(id, version, Map.of("emailVerified", true));
    }

    private ResponseEntity<Map<String, Object>> profile(long userId, Profile request, String ifMatch) {
        long version = commands.sendAndWait(new UpdateUserProfile(userId, Versions.fromIfMatch(ifMatch),
                request.profile()));
        return VersionedReply.of(userId, version, Map.of());
    }

    private String hashOf(String password) {
        RuleViolation.check(password.length() >= UserCommandController.MIN_PASSWORD,
                "a password has at least " + UserCommandController.MIN_PASSWORD + " characters");
        return passwords.encode(password);
    }

    /** The token's subject is the user id (see the app's LoginController). */
    private static long userId(Principal principal) {
        return Long.parseLong(principal.getName());
    }
}
