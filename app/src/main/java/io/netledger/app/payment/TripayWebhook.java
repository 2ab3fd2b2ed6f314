package io.netledger.app.payment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.api.BadRequest;
import io.netledger.api.Money;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.app.NetLedgerProperties;
import io.netledger.payment.PaymentOutcome;
import io.netledger.payment.TripaySignature;
import io.netledger.payment.UnknownPaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Tripay callbacks. {@code X-Callback-Signature} is an HMAC-SHA256 of the raw body with our
 * private key, checked over the exact bytes received before the body is parsed.
 */
@RestController
class TripayWebhook {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final NetLedgerProperties.Tripay settings;
    private final GatewayNotice notices;

    TripayWebhook(NetLedgerProperties properties, GatewayNotice notices) {
        this.settings = properties.payments().tripay();
        this.notices = notices;
    }

    @PostMapping(path = "/api/v1/webhooks/tripay")
    ResponseEntity<Map<String, Object>> callback(@RequestBody byte[] body,
            @RequestHeader(name = "X-Callback-Signature", required = false) String signature,
            @RequestHeader(name = "X-Callback-Event", required = false) String event) {
        if (!settings.configured()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Tripay is not configured");
        }
        if (signature == null || !new TripaySignature(settings.privateKey()).verifyCallback(body, signature)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "the callback's X-Callback-Signature is wrong");
        }
        if (!"payment_status".equals(event)) {
            throw new BadRequest("X-Callback-Event must be payment_status: " + event);
        }
        Map<String, Object> fields;
        try {
            fields = JSON.readValue(body, FIELDS);
        } catch (java.io.IOException e) {
            throw new BadRequest("the callback is not readable JSON");
        }
        String status = text(fields, "status");
        PaymentOutcome outcome;
        try {
            outcome = PaymentOutcome.ofTripay(status);
        } catch (UnknownPaymentStatus e) {
            throw new BadRequest(e.getMessage());
        }
        String reference = text(fields, "reference");
        if (reference == null) {
            throw new BadRequest("reference is required");
        }
        notices.apply(new GatewayNotice.Notice(PaymentChannel.TRIPAY, text(fields, "merchant_ref"), reference,
                outcome, status, amount(fields), text(fields, "payment_method_code"), paidAt(fields), null, true,
                new HashMap<>(fields)));
        return ResponseEntity.ok(Map.of("success", true));
    }

    /** What the customer paid for the invoice: the total without the fee Tripay charged the customer on top. */
    private static Money amount(Map<String, Object> fields) {
        try {
            BigDecimal total = new BigDecimal(text(fields, "total_amount"));
            String customerFee = text(fields, "fee_customer");
            return new Money(customerFee == null ? total : total.subtract(new BigDecimal(customerFee)));
        } catch (RuntimeException e) {
            throw new BadRequest("total_amount and fee_customer must be amounts");
        }
    }

    private static Instant paidAt(Map<String, Object> fields) {
        String seconds = text(fields, "paid_at");
        if (seconds == null) {
            return null;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(seconds));
        } catch (NumberFormatException e) {
            throw new BadRequest("paid_at must be unix seconds: " + seconds);
        }
    }

    private static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }
}
