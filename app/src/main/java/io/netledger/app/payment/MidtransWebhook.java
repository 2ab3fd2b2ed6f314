package io.netledger.app.payment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netledger.api.BadRequest;
import io.netledger.api.Money;
import io.netledger.api.invoice.PaymentChannel;
import io.netledger.app.NetLedgerProperties;
import io.netledger.payment.MidtransSignature;
import io.netledger.payment.PaymentOutcome;
import io.netledger.payment.UnknownPaymentStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
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
 * one answers 401 and records nothing.
 */
@RestController
class MidtransWebhook {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };
    /** Midtrans writes its times in Western Indonesian Time. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final NetLedgerProperties.Midtrans settings;
    private final GatewayNotice notices;

    MidtransWebhook(NetLedgerProperties properties, GatewayNotice notices) {
        this.settings = properties.payments().midtrans();
        this.notices = notices;
    }

    @PostMapping(path = "/api/v1/webhooks/midtrans", consumes = "application/json")
    ResponseEntity<Map<String, Object>> notify(@RequestBody byte[] body) {
        if (!settings.configured()) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "Midtrans is not configured");
        }
        Map<String, Object> fields = parse(body);
        String orderId = text(fields, "order_id");
        String statusCode = text(fields, "status_code");
        String grossAmount = text(fields, "gross_amount");
        String signature = text(fields, "signature_key");
        if (!new MidtransSignature(settings.serverKey()).verify(orderId, statusCode, grossAmount, signature)) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "the notification's signature_key is wrong");
        }
        PaymentOutcome outcome;
        try {
            outcome = PaymentOutcome.ofMidtrans(text(fields, "transaction_status"), text(fields, "fraud_status"));
        } catch (UnknownPaymentStatus e) {
            throw new BadRequest(e.getMessage());
        }
        String transactionId = text(fields, "transaction_id");
        if (transactionId == null) {
            throw new BadRequest("transaction_id is required");
        }
        Map<String, Object> response = new HashMap<>(fields);
        response.remove("signature_key");
        notices.apply(new GatewayNotice.Notice(PaymentChannel.MIDTRANS, orderId, transactionId, outcome,
                text(fields, "transaction_status"), amount(grossAmount), text(fields, "payment_type"),
                paidAt(fields), response));
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

    private static Money amount(String grossAmount) {
        try {
            return Money.parse(grossAmount);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("gross_amount is not an amount: " + grossAmount);
        }
    }

    private static Instant paidAt(Map<String, Object> fields) {
        String time = text(fields, "settlement_time") != null ? text(fields, "settlement_time")
                : text(fields, "transaction_time");
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
