package io.netledger.command.customer;

import io.netledger.api.Ids;
import io.netledger.api.IspCalendar;
import io.netledger.api.Versions;
import io.netledger.api.customer.ChangeCustomerDetails;
import io.netledger.api.customer.EraseCustomer;
import io.netledger.api.customer.ReactivateCustomer;
import io.netledger.api.customer.RegisterCustomer;
import io.netledger.api.customer.SuspendCustomer;
import io.netledger.api.customer.TerminateCustomer;
import io.netledger.command.VersionedReply;
import io.netledger.command.idempotency.IdempotentCreation;
import jakarta.validation.Valid;
import java.time.LocalDate;
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

/** Staff register and look after customers (their portal logins: {@code CustomerLoginController}). */
@RestController
@RequestMapping("/api/v1/customers")
@PreAuthorize("hasRole('STAFF')")
class CustomerCommandController {

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    /** The ISP's calendar: a customer registered at 23:30 WIB is registered that day, not the next. */
    private final IspCalendar calendar;

    CustomerCommandController(CommandGateway commands, IdempotentCreation idempotent, IspCalendar calendar) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.calendar = calendar;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@Valid @RequestBody CustomerRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        LocalDate registered = request.registrationDate() != null ? request.registrationDate() : calendar.today();
        IdempotentCreation.Result created = idempotent.create(commands, "customers", idempotencyKey, Ids.next(),
                customerId -> new RegisterCustomer(customerId, request.customerCode(), request.details(), registered));
        return created.reply("/api/v1/customers/" + created.id(), 0L, Map.of("id", String.valueOf(created.id())),
                () -> Map.of("customerCode", created.answer(), "status", "active"));
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

    /** For good: the customer's personal data can never be read again, while his invoices and payments stay. */
    @PostMapping("/{id}/erasure")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> erase(@PathVariable long id, @Valid @RequestBody CustomerRequest.Reason request) {
        long version = commands.sendAndWait(new EraseCustomer(id, request.reason()));
        return VersionedReply.of(id, version, Map.of("erased", true));
    }

    @PostMapping("/{id}/terminate")
    ResponseEntity<Map<String, Object>> terminate(@PathVariable long id,
            @Valid @RequestBody CustomerRequest.Reason request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        long version = commands.sendAndWait(new TerminateCustomer(id, Versions.fromIfMatch(ifMatch), request.reason()));
        return VersionedReply.of(id, version, Map.of("status", "terminated"));
    }
}
