package io.netledger.command.invoice;

import io.netledger.api.Ids;
import io.netledger.api.IspCalendar;
import io.netledger.api.Money;
import io.netledger.api.Versions;
import io.netledger.api.invoice.CancelInvoice;
import io.netledger.api.invoice.IssueInvoice;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.invoice.RecordPayment;
import io.netledger.api.invoice.SendInvoice;
import io.netledger.command.VersionedReply;
import io.netledger.command.idempotency.IdempotentCreation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff issue invoices by hand, send and cancel them, and record payments received outside the gateways. */
@RestController
@RequestMapping("/api/v1/invoices")
@PreAuthorize("hasRole('STAFF')")
class InvoiceCommandController {

    private static final String IF_MATCH = "If-Match";

    private final CommandGateway commands;
    private final IdempotentCreation idempotent;
    private final IspCalendar calendar;

    InvoiceCommandController(CommandGateway commands, IdempotentCreation idempotent, IspCalendar calendar) {
        this.commands = commands;
        this.idempotent = idempotent;
        this.calendar = calendar;
    }

    /**
     * The period starts by default where the subscription's next unbilled period does and lasts one billing
     * cycle; the amount defaults to the subscription's price.
     */
    record NewInvoice(@NotNull Long subscriptionId, LocalDate periodStart, LocalDate periodEnd,
                      Money amount, @Size(max = 10_000) String notes) {
    }

    record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    /** A payment by cash or bank transfer seen by staff; the receipt or transfer reference makes it unique. */
    record ManualPayment(@NotNull Money amount, @NotBlank @Size(max = 255) String referenceNumber,
                         @Size(max = 64) String method, Instant paidAt) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> issue(@Valid @RequestBody NewInvoice request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        LocalDate today = calendar.today();
        IdempotentCreation.Result created = idempotent.create(commands, "invoices", idempotencyKey, Ids.next(),
                id -> new IssueInvoice(id, request.subscriptionId(), request.periodStart(), request.periodEnd(),
                        request.amount(), today, request.notes()));
        return created.reply("/api/v1/invoices/" + created.id(), 0L, Map.of("id", String.valueOf(created.id())),
                () -> Map.of("invoiceNumber", created.answer(), "status", "draft"));
    }

    @PostMapping("/{id}/send")
    ResponseEntity<Map<String, Object>> send(@PathVariable long id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new SendInvoice(id, Versions.fromIfMatch(ifMatch)));
        return VersionedReply.of(id, version, Map.of());
    }

    @PostMapping("/{id}/cancel")
    ResponseEntity<Map<String, Object>> cancel(@PathVariable long id, @Valid @RequestBody Reason request,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        long version = commands.sendAndWait(new CancelInvoice(id, Versions.fromIfMatch(ifMatch), request.reason()));
        return VersionedReply.of(id, version, Map.of("status", "cancelled"));
    }

    /** Recording the same reference again changes nothing, so a double click records one payment. */
    @PostMapping("/{id}/payments")
    ResponseEntity<Map<String, Object>> recordManualPayment(@PathVariable long id,
            @Valid @RequestBody ManualPayment request) {
        String reference = request.referenceNumber().strip();
        long version = commands.sendAndWait(new RecordPayment(id, PaymentChannel.MANUAL, "manual:" + reference,
                request.amount(), request.method() == null ? "manual" : request.method(), reference, Map.of(),
                request.paidAt()));
        return VersionedReply.of(id, version, Map.of());
    }
}
