package io.netledger.payment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Midtrans Get Status, {@code GET /v2/{order_id}/status}: what Midtrans says a transaction
 * is now. A notification only tells us that something changed; this is what we act on.
 */
public final class MidtransStatus {

    public static final String SANDBOX = "https://api.sandbox.midtrans.com";
    public static final String PRODUCTION = "https://api.midtrans.com";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final String base;
    private final String authorization;
    private final GatewayHttp http;

    public MidtransStatus(String baseUrl, String serverKey, Duration timeout) {
        this.base = baseUrl.replaceAll("/+$", "");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((serverKey + ":").getBytes(StandardCharsets.UTF_8));
        this.http = new GatewayHttp("Midtrans", timeout);
    }

    /** Empty when Midtrans knows no transaction of this order; {@link GatewayRefused} when it cannot say. */
    public Optional<MidtransTransaction> of(String orderId) {
        URI uri = URI.create(base + "/v2/" + URLEncoder.encode(orderId, StandardCharsets.UTF_8).replace("+", "%20")
                + "/status");
        GatewayHttp.Answer answer = http.get(uri, authorization);
        // Midtrans repeats the outcome in the body's status_code, and some answers carry it only there.
        String statusCode = answer.json().path("status_code").asText("");
        if (answer.status() == 404 || "404".equals(statusCode)) {
            return Optional.empty();
        }
        JsonNode json = http.expect(answer, 200);
        if (!json.hasNonNull("transaction_status") || !json.hasNonNull("transaction_id")) {
            throw new GatewayRefused("Midtrans answered the status of " + orderId + " with status_code " + statusCode
                    + " and no transaction");
        }
        if (!orderId.equals(json.path("order_id").asText())) {
            throw new GatewayRefused("Midtrans answered the status of another order: " + json.path("order_id"));
        }
        Map<String, Object> fields = new LinkedHashMap<>(GatewayHttp.JSON.convertValue(json, FIELDS));
        fields.remove("signature_key");
        return Optional.of(new MidtransTransaction(orderId, text(json, "transaction_id"),
                text(json, "transaction_status"), text(json, "fraud_status"), text(json, "gross_amount"),
                text(json, "refund_amount"), text(json, "payment_type"), text(json, "transaction_time"),
                text(json, "settlement_time"), fields));
    }

    private static String text(JsonNode json, String field) {
        return json.hasNonNull(field) ? json.get(field).asText() : null;
    }

    @Override
    public String toString() {
        return "MidtransStatus[" + base + "]";
    }
}
