package io.netledger.app.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.netledger.app.ApiTest.MIDTRANS_SERVER_KEY;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Midtrans's notification and status answer in their documented shapes, signed with the tests' server key. */
public final class MidtransDocumented {

    private MidtransDocumented() {
    }

    /** A notification as Midtrans documents it (bank transfer through a BCA virtual account). */
    public static String signedFor(String orderId, String status, String transactionId, String grossAmount) {
        String statusCode = "settlement".equals(status) || status.endsWith("refund") ? "200" : "202";
        return """
                {"transaction_time": "2026-11-05 10:11:12", "transaction_status": "%s",
                 "transaction_id": "%s", "status_message": "midtrans payment notification",
                 "status_code": "%s", "signature_key": "%s", "settlement_time": "2026-11-05 10:12:00",
                 "payment_type": "bank_transfer", "order_id": "%s", "merchant_id": "G141532850",
                 "gross_amount": "%s", "fraud_status": "accept", "currency": "IDR",
                 "va_numbers": [{"va_number": "12345678901", "bank": "bca"}]}"""
                .formatted(status, transactionId, statusCode,
                        sha512(orderId + statusCode + grossAmount + MIDTRANS_SERVER_KEY), orderId, grossAmount);
    }

    /**
     * Midtrans's Get Status answer for an order, as documented (bank transfer through a BCA
     * virtual account); a refund names what it gave back.
     */
    public static void midtransSays(WireMockServer gateways, String orderId, String status, String transactionId,
            String grossAmount) {
        String statusCode = switch (status) {
            case "settlement", "refund", "partial_refund" -> "200";
            case "pending" -> "201";
            default -> "407";
        };
        String refund = switch (status) {
            case "refund" -> ", \"refund_amount\": \"" + grossAmount + "\"";
            case "partial_refund" -> ", \"refund_amount\": \"66500.00\"";
            default -> "";
        };
        String settled = status.endsWith("refund") || status.equals("settlement")
                ? ", \"settlement_time\": \"2026-11-05 10:12:00\"" : "";
        gateways.stubFor(get(urlEqualTo("/v2/" + orderId + "/status")).willReturn(okJson("""
                {"status_code": "%s", "status_message": "Success, transaction is found",
                 "transaction_id": "%s", "order_id": "%s", "merchant_id": "G141532850",
                 "gross_amount": "%s", "currency": "IDR", "payment_type": "bank_transfer",
                 "transaction_time": "2026-11-05 10:11:12", "transaction_status": "%s", "fraud_status": "accept",
                 "va_numbers": [{"va_number": "12345678901", "bank": "bca"}],
                 "signature_key": "%s"%s%s}""".formatted(statusCode, transactionId, orderId, grossAmount, status,
                sha512(orderId + statusCode + grossAmount + MIDTRANS_SERVER_KEY), settled, refund))));
    }

    public static String sha512(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
