package io.netledger.command.payment;

import io.netledger.api.BadRequest;
import io.netledger.api.NotFound;
import io.netledger.api.Viewer;
import io.netledger.api.customer.CustomerView;
import io.netledger.api.customer.FindCustomer;
import io.netledger.api.invoice.FindInvoice;
import io.netledger.api.invoice.InvoiceView;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.invoice.StartPaymentAttempt;
import io.netledger.payment.PaymentLink;
import io.netledger.payment.PaymentRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page where an invoice is paid, at Midtrans Snap or Tripay. Staff make one for anyone; a customer login
 * for its own invoices only. Each call is a new attempt with a new order id, since gateways refuse an order
 * id used before.
 *
 * <p>What the page shows (invoice number, total, the customer's name and contacts) is asked with the shared
 * language's {@link FindInvoice} and {@link FindCustomer} queries; whether an attempt may start (not paid,
 * not cancelled) is the invoice aggregate's decision in {@link StartPaymentAttempt}, never the read model's.
 */
@RestController
class PaymentLinkController {

    private static final Duration VALID_FOR = Duration.ofHours(24);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final PaymentGateways gateways;

    PaymentLinkController(CommandGateway commands, QueryGateway queries, PaymentGateways gateways) {
        this.commands = commands;
        this.queries = queries;
        this.gateways = gateways;
    }

    /** {@code method} is the Tripay channel (BRIVA, BCAVA, QRIS…); Midtrans lets the customer choose. */
    record LinkRequest(@NotNull PaymentChannel gateway, @Size(max = 32) String method) {
    }

    @PostMapping("/api/v1/invoices/{id}/payment-link")
    ResponseEntity<Map<String, Object>> create(@PathVariable long id, @Valid @RequestBody LinkRequest request,
            Viewer viewer) {
        InvoiceView invoice = queries.query(new FindInvoice(id), ResponseTypes.optionalInstanceOf(InvoiceView.class))
                .join().filter(view -> PayingCaller.mayPayFor(view.customerId()))
                .orElseThrow(() -> new NotFound("invoice " + id + " does not exist"));
        CustomerView customer = queries.query(new FindCustomer(invoice.customerId()),
                ResponseTypes.optionalInstanceOf(CustomerView.class)).join()
                .orElseThrow(() -> new NotFound("the customer of invoice " + id + " is not readable yet; retry"));
        if (request.gateway() == PaymentChannel.TRIPAY && (request.method() == null || request.method().isBlank())) {
            throw new BadRequest("method is required for tripay, e.g. BRIVA or QRIS");
        }
        Page page = switch (request.gateway()) {
            case MIDTRANS -> gateways.midtransSnap()::create;
            case TRIPAY -> gateways.tripayCheckout()::create;
            case MANUAL -> throw new BadRequest("gateway must be midtrans or tripay");
        };
        String orderId = commands.sendAndWait(new StartPaymentAttempt(id, request.gateway()));
        PaymentLink link = page.create(new PaymentRequest(orderId, invoice.total(),
                "Invoice " + invoice.invoiceNumber(), customer.name(), customer.email(), customer.phone(),
                request.method(), VALID_FOR));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("invoiceId", String.valueOf(id));
        body.put("gateway", request.gateway());
        body.put("orderId", link.orderId());
        body.put("url", link.url());
        body.put("reference", link.reference());
        body.put("expiresAt", link.expiresAt() == null ? null : link.expiresAt().toString());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    /** The gateway's payment page for one order: Snap or Tripay's checkout. */
    private interface Page {
        PaymentLink create(PaymentRequest order);
    }
}
