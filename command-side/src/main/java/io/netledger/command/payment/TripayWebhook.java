package io.netledger.command.payment;

import io.netledger.payment.PaymentNotice;
import io.netledger.payment.TripayCallbacks;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tripay callbacks, answered {@code {"success": true}} as Tripay expects. A signed callback is recorded as it
 * stands, without asking Tripay again (why: {@link TripayCallbacks}); a forged one answers 401.
 */
@RestController
class TripayWebhook {

    private final PaymentGateways gateways;
    private final PaymentNotices notices;

    TripayWebhook(PaymentGateways gateways, PaymentNotices notices) {
        this.gateways = gateways;
        this.notices = notices;
    }

    @PostMapping(path = "/api/v1/webhooks/tripay")
    ResponseEntity<Map<String, Object>> callback(@RequestBody byte[] body,
            @RequestHeader(name = "X-Callback-Signature", required = false) String signature,
            @RequestHeader(name = "X-Callback-Event", required = false) String event) {
        TripayCallbacks tripay = gateways.tripayCallbacks();
        PaymentNotice notice = PaymentNotices.read(() -> tripay.read(body, signature, event));
        notices.record(notices.invoiceOf(notice.orderId()), notice);
        return ResponseEntity.ok(Map.of("success", true));
    }
}
