package io.netledger.command.payment;

import io.netledger.payment.MidtransNotifications;
import io.netledger.payment.MidtransSnap;
import io.netledger.payment.MidtransStatus;
import io.netledger.payment.TripayCallbacks;
import io.netledger.payment.TripayCheckout;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The gateway clients, made once from {@link PaymentProperties}. A gateway that is not configured has none:
 * asking for one answers 503, so a link or a notification for it is refused and nothing is recorded.
 */
final class PaymentGateways {

    /** Midtrans waits 15 s for our answer before it counts the notification as failed and retries. */
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(8);
    private static final Duration LINK_TIMEOUT = Duration.ofSeconds(10);

    private final MidtransSnap midtransSnap;
    private final MidtransNotifications midtransNotifications;
    private final TripayCheckout tripayCheckout;
    private final TripayCallbacks tripayCallbacks;

    PaymentGateways(PaymentProperties properties) {
        PaymentProperties.Midtrans midtrans = properties.midtrans();
        PaymentProperties.Tripay tripay = properties.tripay();
        this.midtransSnap = midtrans.configured()
                ? new MidtransSnap(midtrans.snapBase(), midtrans.serverKey(), LINK_TIMEOUT) : null;
        this.midtransNotifications = midtrans.configured() ? new MidtransNotifications(midtrans.serverKey(),
                new MidtransStatus(midtrans.apiBase(), midtrans.serverKey(), STATUS_TIMEOUT)) : null;
        this.tripayCheckout = tripay.configured() ? new TripayCheckout(tripay.apiBase(), tripay.apiKey(),
                tripay.privateKey(), tripay.merchantCode(), LINK_TIMEOUT) : null;
        this.tripayCallbacks = tripay.configured() ? new TripayCallbacks(tripay.privateKey()) : null;
    }

    MidtransSnap midtransSnap() {
        return configured(midtransSnap, "Midtrans");
    }

    MidtransNotifications midtransNotifications() {
        return configured(midtransNotifications, "Midtrans");
    }

    TripayCheckout tripayCheckout() {
        return configured(tripayCheckout, "Tripay");
    }

    TripayCallbacks tripayCallbacks() {
        return configured(tripayCallbacks, "Tripay");
    }

    private static <T> T configured(T client, String gateway) {
        if (client == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, gateway + " is not configured");
        }
        return client;
    }

    @Override
    public String toString() {
        return "PaymentGateways[midtrans=" + (midtransSnap != null) + ", tripay=" + (tripayCheckout != null) + "]";
    }
}
