package io.netledger.app.payment;

import io.netledger.api.BadRequest;
import io.netledger.api.NotFound;
import io.netledger.api.Viewer;
import io.netledger.api.customer.CustomerView;
import io.netledger.api.customer.FindCustomer;
import io.netledger.api.invoice.FindInvoice;
import io.netledger.api.invoice.InvoiceView;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.api.invoice.StartPaymentAttempt;
import io.netledger.app.NetLedgerProperties;
import io.netledger.payment.MidtransSnap;
import io.netledger.payment.PaymentLink;
import io.netledger.payment.PaymentRequest;
import io.netledger.payment.TripayCheckout;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * A page where an invoice is paid, at Midtrans Snap or Tripay. Staff make one for anyone;
 * a customer login for its own invoices only. Each call is a new attempt with a new order
 * id, since gateways refuse an order id used before.
 */
@RestController
class PaymentLinkController {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration VALID_FOR = Duration.ofHours(24);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final NetLedgerProperties.Payments settings;

    PaymentLinkController(CommandGateway commands, QueryGateway queries, NetLedgerProperties properties) {
        this.commands = commands;
        this.queries = queries;
        this.settings = properties.payments();
    }

    /** {@code method} is the Tripay channel (BRIVA, BCAVA, QRIS…); Midtrans lets the customer choose. */
    record LinkRequest(@NotNull PaymentChannel gateway, @Size(max = 32) String method) {
    }

    @PostMapping("/api/v1/invoices/{id}/payment-link")
    ResponseEntity<Map<String, Object>> create(@PathVariable long id, @Valid @RequestBody LinkRequest request,
            Viewer viewer) {
        InvoiceView invoice = queries.query(new FindInvoice(id), ResponseTypes.optionalInstanceOf(InvoiceView.class))
                .join().filter(view -> viewer.mayRead(view.customerId()))
                .orElseThrow(() -> new NotFound("invoice " + id + " does not exist"));
        CustomerView customer = queries.query(new FindCustomer(invoice.customerId()),
                ResponseTypes.optionalInstanceOf(CustomerView.class)).join()
                .orElseThrow(() -> new NotFound("the customer of invoice " + id + " is not readable yet; retry"));
        if (request.gateway() == PaymentChannel.TRIPAY && (request.method() == null || request.method().isBlank())) {
            throw new BadRequest("method is required for tripay, e.g. BRIVA or QRIS");
        }
        requireConfigured(request.gateway());
        String orderId = commands.sendAndWait(new StartPaymentAttempt(id, request.gateway()));
        PaymentRequest order = new PaymentRequest(orderId, invoice.total(), "Invoice " + invoice.invoiceNumber(),
                customer.name(), customer.email(), customer.phone(), request.method(), VALID_FOR);
        PaymentLink link = switch (request.gateway()) {
            case MIDTRANS -> new MidtransSnap(settings.midtrans().snapBase(), settings.midtrans().serverKey(),
                    TIMEOUT).create(order);
            case TRIPAY -> new TripayCheckout(settings.tripay().apiBase(), settings.tripay().apiKey(),
                    settings.tripay().privateKey(), settings.tripay().merchantCode(), TIMEOUT).create(order);
            case MANUAL -> throw new BadRequest("gateway must be midtrans or tripay");
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("invoiceId", String.valueOf(id));
        body.put("gateway", request.gateway());
        body.put("orderId", link.orderId());
        body.put("url", link.url());
        body.put("reference", link.reference());
        body.put("expiresAt", link.expiresAt() == null ? null : link.expiresAt().toString());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    private void requireConfigured(PaymentChannel gateway) {
        boolean configured = switch (gateway) {
            case MIDTRANS -> settings.midtrans().configured();
            case TRIPAY -> settings.tripay().configured();
            case MANUAL -> throw new BadRequest("gateway must be midtrans or tripay");
        };
        if (!configured) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, gateway.value() + " is not configured");
        }
    }
}
