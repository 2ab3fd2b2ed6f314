package io.netledger.app.payment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.api.BadRequest;
import io.netledger.api.Money;
import io.netledger.api.RuleViolation;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.app.NetLedgerProperties;
import io.netledger.payment.MidtransSignature;
import io.netledger.payment.MidtransStatus;
import io.netledger.payment.MidtransTransaction;
import io.netledger.payment.PaymentOutcome;
import io.netledger.payment.UnknownPaymentStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Midtrans HTTP notifications. The {@code signature_key} (SHA-512 of order id, status code,
 * gross amount and our server key) is checked before anything else; a forged or missing
 * one answers 401 and records nothing. A signed notification only says that an order
 * changed: what the invoice records is what Midtrans's status API says of that order now,
 * as Midtrans advises. So a notification that arrives late, after a newer one, records the
 * newer state, and one Midtrans cannot confirm records nothing.
 */
@RestController
class MidtransWebhook {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    /** Midtrans writes its times in Western Indonesian Time. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Midtrans waits 15 s for our answer before it counts the notification as failed and retries. */
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(8);

    private final NetLedgerProperties.Midtrans settings;
    private final MidtransStatus status;
    private final GatewayNotice notices;

    MidtransWebhook(NetLedgerProperties properties, GatewayNotice notices) {
        this.settings = properties.payments().midtrans();
        this.status = settings.configured()
                ? new MidtransStatus(settings.apiBase(), settings.serverKey(), STATUS_TIMEOUT) : null;
        this.notices = notices;
    }

    @PostMapping(path = "/api/v1/webhooks/midtrans", consumes = "application/json")
    ResponseEntity<Map<String, Object>> notify(@RequestBody byte[] body) {
        if (!settings.configured()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Midtrans is not configured");
        }
        Map<String, Object> fields = parse(body);
        String orderId = text(fields, "order_id");
        String signature = text(fields, "signature_key");
        if (!new MidtransSignature(settings.serverKey()).verify(orderId, text(fields, "status_code"),
                text(fields, "gross_amount"), signature)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "the notification's signature_key is wrong");
        }
        notices.invoiceOf(orderId);
        // An unreachable status API is a GatewayRefused (502): Midtrans retries the notification later.
        MidtransTransaction now = status.of(orderId).orElseThrow(() -> new RuleViolation(
                "Midtrans knows no transaction for order " + orderId + "; nothing was recorded"));
        PaymentOutcome outcome;
        try {
            outcome = now.outcome();
        } catch (UnknownPaymentStatus e) {
            throw new BadRequest(e.getMessage());
        }
        Money gross = amount("gross_amount", now.grossAmount());
        // Only a part given back names its amount; a whole refund or chargeback gives back the payment.
        boolean partial = now.transactionStatus().startsWith("partial_");
        notices.apply(new GatewayNotice.Notice(PaymentChannel.MIDTRANS, orderId, now.transactionId(), outcome,
                now.transactionStatus(), gross, now.paymentType(), paidAt(now),
                partial ? amount("refund_amount", now.refundAmount()) : null, true, now.fields()));
        return ResponseEntity.ok(Map.of("status", "ok"));
    }

    private static Map<String, Object> parse(byte[] body) {
        try {
            return JSON.readValue(body, FIELDS);
        } catch (java.io.IOException e) {
            throw new BadRequest("the notification is not readable JSON");
        }
    }

    private static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }

    private static Money amount(String field, String value) {
        try {
            return Money.parse(value);
        } catch (RuntimeException e) {
            throw new BadRequest("Midtrans's " + field + " is not an amount: " + value);
        }
    }

    private static Instant paidAt(MidtransTransaction transaction) {
        String time = transaction.settlementTime() != null ? transaction.settlementTime()
                : transaction.transactionTime();
        if (time == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(time, TIME).atZone(WIB).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequest("settlement_time is not a Midtrans time: " + time);
        }
    }
}
