package io.netledger.command.user;

import io.netledger.api.Ids;
import io.netledger.api.user.RegisterUser;
import io.netledger.api.user.Role;
import io.netledger.command.idempotency.IdempotentCreation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff open a customer's portal login (role CUSTOMER): it reads that customer's records
 * and nothing else. One login per customer (see {@code CustomerLookup}).
 */
@RestController
@PreAuthorize("hasRole('STAFF')")
class CustomerLoginController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final Passwords passwords;

    CustomerLoginController(CommandGateway commands, IdempotentCreation idempotent, Passwords passwords) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.passwords = passwords;
    }

    /** The name defaults to the customer's when not given. */
    record Login(@Size(max = 255) String name, @NotBlank @Size(max = 255) String email,
                 @NotBlank @Size(max = 1024) String password) {
    }

    @PostMapping("/api/v1/customers/{customerId}/account")
    ResponseEntity<Map<String, Object>> open(@PathVariable long customerId, @Valid @RequestBody Login request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        String hash = passwords.hash(request.password());
        IdempotentCreation.Result created = idempotent.create(commands, "customer-accounts", idempotencyKey,
                Ids.next(), userId -> new RegisterUser(userId, request.name(), request.email(), hash, Role.CUSTOMER,
                        customerId));
        return created.reply("/api/v1/users/" + created.id(), null, Map.of("id", String.valueOf(created.id()), "customerId", String.valueOf(customerId),
                "role", Role.CUSTOMER));
    }
}
