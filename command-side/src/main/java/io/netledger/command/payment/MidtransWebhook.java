package io.netledger.command.payment;

import io.netledger.api.RuleViolation;
import io.netledger.payment.MidtransNotifications;
import io.netledger.payment.PaymentNotice;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Midtrans HTTP notifications. The signature is checked first: a forged or missing one answers 401 and
 * records nothing. The order must be one of our invoices (404 otherwise) before Midtrans's status API is
 * asked what the order is now, and that answer, not the notification, is what the invoice records (why:
 * {@link MidtransNotifications}). An unreachable status API is a 502, and Midtrans retries later.
 */
@RestController
class MidtransWebhook {

    private final PaymentGateways gateways;
    private final PaymentNotices notices;

    MidtransWebhook(PaymentGateways gateways, PaymentNotices notices) {
        this.gateways = gateways;
        this.notices = notices;
    }

    @PostMapping(path = "/api/v1/webhooks/midtrans", consumes = "application/json")
    ResponseEntity<Map<String, Object>> notify(@RequestBody byte[] body) {
        MidtransNotifications midtrans = gateways.midtransNotifications();
        String orderId = PaymentNotices.read(() -> midtrans.signedOrder(body));
        long invoiceId = notices.invoiceOf(orderId);
        PaymentNotice now = PaymentNotices.read(() -> midtrans.confirmed(orderId)).orElseThrow(() ->
                new RuleViolation("Midtrans knows no transaction for order " + orderId + "; nothing was recorded"));
        notices.record(invoiceId, now);
        return ResponseEntity.ok(Map.of("status", "ok"));
    }
}
