package io.netledger.command.payment;

import io.netledger.payment.MidtransSnap;
import io.netledger.payment.MidtransStatus;
import io.netledger.payment.TripayCheckout;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateways' credentials ({@code NETLEDGER_MIDTRANS_*}, {@code NETLEDGER_TRIPAY_*}, see the README's
 * configuration table); a gateway without its key is switched off.
 */
@ConfigurationProperties("netledger.payments")
record PaymentProperties(Midtrans midtrans, Tripay tripay) {

    PaymentProperties {
        midtrans = midtrans == null ? new Midtrans(null, false, null, null) : midtrans;
        tripay = tripay == null ? new Tripay(null, null, null, false, null) : tripay;
    }

    /**
     * {@code snapUrl} and {@code apiUrl} override the sandbox or production addresses of Snap and
     * of the status API (tests point them at a stub).
     */
    record Midtrans(String serverKey, boolean production, String snapUrl, String apiUrl) {

        String snapBase() {
            return snapUrl != null && !snapUrl.isBlank() ? snapUrl
                    : production ? MidtransSnap.PRODUCTION : MidtransSnap.SANDBOX;
        }

        String apiBase() {
            return apiUrl != null && !apiUrl.isBlank() ? apiUrl
                    : production ? MidtransStatus.PRODUCTION : MidtransStatus.SANDBOX;
        }

        boolean configured() {
            return serverKey != null && !serverKey.isBlank();
        }

        @Override
        public String toString() {
            return "Midtrans[configured=" + configured() + ", production=" + production + "]";
        }
    }

    /** {@code baseUrl} overrides the sandbox or production API address (tests point it at a stub). */
    record Tripay(String apiKey, String privateKey, String merchantCode, boolean production, String baseUrl) {

        String apiBase() {
            return baseUrl != null && !baseUrl.isBlank() ? baseUrl
                    : production ? TripayCheckout.PRODUCTION : TripayCheckout.SANDBOX;
        }

        boolean configured() {
            return apiKey != null && !apiKey.isBlank() && privateKey != null && !privateKey.isBlank()
                    && merchantCode != null && !merchantCode.isBlank();
        }

        @Override
        public String toString() {
            return "Tripay[configured=" + configured() + ", merchantCode=" + merchantCode + ", production="
                    + production + "]";
        }
    }
}
