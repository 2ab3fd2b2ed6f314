package io.netledger.command.customer;

import io.netledger.api.Ids;
import io.netledger.api.RuleViolation;
import io.netledger.api.Versions;
import io.netledger.api.customer.ChangeCustomerDetails;
import io.netledger.api.customer.ReactivateCustomer;
import io.netledger.api.customer.RegisterCustomer;
import io.netledger.api.customer.SuspendCustomer;
import io.netledger.api.customer.TerminateCustomer;
import io.netledger.api.user.RegisterUser;
import io.netledger.api.user.Role;
import io.netledger.command.VersionedReply;
import io.netledger.command.idempotency.IdempotentCreation;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff register and look after customers; a customer's portal login is opened here too. */
@RestController
@RequestMapping("/api/v1/customers")
@PreAuthorize("hasRole('STAFF')")
class CustomerCommandController {

    /** The ISP's calendar: a customer registered at 23:30 WIB is registered that day, not the next. */
    static final ZoneId ISP_ZONE = ZoneId.of("Asia/Jakarta");
    static final int MIN_PASSWORD = 10;

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final PasswordEncoder passwords;

    CustomerCommandController(CommandGateway commands, IdempotentCreation idempotent, PasswordEncoder passwords) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.passwords = passwords;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody CustomerRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        LocalDate registered = request.registrationDate() != null ? request.registrationDate() : LocalDate.now(ISP_ZONE);
        IdempotentCreation.Result created = idempotent.create(commands, "customers", idempotencyKey, Ids.next(),
                customerId -> new RegisterCustomer(customerId, request.customerCode(), request.details(), registered));
        ResponseEntity.BodyBuilder response = ResponseEntity.created(URI.create("/api/v1/customers/" + created.id()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", String.valueOf(created.id()));
        if (created.replayed()) {
            response.header("Idempotent-Replayed", "true");
        } else {
            response.eTag(Versions.etag(0));
            body.put("customerCode", created.answer());
            body.put("status", "active");
        }
        return response.body(body);
    }

    @PutMapping("/{id}")
    ResponseEntity<Map<String, Object>> change(@PathVariable long id, @Valid @RequestBody CustomerRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new ChangeCustomerDetails(id, Versions.fromIfMatch(ifMatch),
                request.details()));
        return VersionedReply.of(id, version, Map.of());
    }

    @PostMapping("/{id}/suspend")
    ResponseEntity<Map<String, Object>> suspend(@PathVariable long id, @Valid @RequestBody CustomerRequest.Reason request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new SuspendCustomer(id, Versions.fromIfMatch(ifMatch), request.reason()));
        return VersionedReply.of(id, version, Map.of("status", "suspended"));
    }

    @PostMapping("/{id}/reactivate")
    ResponseEntity<Map<String, Object>> reactivate(@PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new ReactivateCustomer(id, Versions.fromIfMatch(ifMatch)));
        return VersionedReply.of(id, version, Map.of("status", "active"));
    }

    @PostMapping("/{id}/terminate")
    ResponseEntity<Map<String, Object>> terminate(@PathVariable long id,
            @Valid @RequestBody CustomerRequest.Reason request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new TerminateCustomer(id, Versions.fromIfMatch(ifMatch), request.reason()));
        return VersionedReply.of(id, version, Map.of("status", "terminated"));
    }

    /** Opens the customer's portal login (role CUSTOMER): it sees this customer's records and nothing else. */
    @PostMapping("/{id}/account")
    ResponseEntity<Map<String, Object>> openAccount(@PathVariable long id,
            @Valid @RequestBody CustomerRequest.Account request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        RuleViolation.check(request.password().length() >= MIN_PASSWORD,
                "a password has at least " + MIN_PASSWORD + " characters");
        String name = request.name() == null || request.name().isBlank() ? "Customer " + id : request.name();
        String hash = passwords.encode(request.password());
        IdempotentCreation.Result created = idempotent.create(commands, "customer-accounts", idempotencyKey,
                Ids.next(), userId -> new RegisterUser(userId, name, request.email(), hash, Role.CUSTOMER, id));
        ResponseEntity.BodyBuilder response = ResponseEntity.created(URI.create("/api/v1/users/" + created.id()));
        if (created.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(Map.of("id", String.valueOf(created.id()), "customerId", String.valueOf(id),
                "role", Role.CUSTOMER));
    }
}
