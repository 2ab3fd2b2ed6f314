package io.netledger.payment;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tripay closed payment: {@code POST transaction/create}, signed with the merchant's private key. */
public final class TripayCheckout {

    public static final String SANDBOX = "https://tripay.co.id/api-sandbox/";
    public static final String PRODUCTION = "https://tripay.co.id/api/";

    private final URI create;
    private final String authorization;
    private final TripaySignature signature;
    private final String merchantCode;
    private final GatewayHttp http;

    public TripayCheckout(String baseUrl, String apiKey, String privateKey, String merchantCode, Duration timeout) {
        this.create = URI.create((baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + "transaction/create");
        this.authorization = "Bearer " + apiKey;
        this.signature = new TripaySignature(privateKey);
        this.merchantCode = merchantCode;
        this.http = new GatewayHttp("Tripay", timeout);
    }

    public PaymentLink create(PaymentRequest request) {
        if (request.tripayMethod() == null || request.tripayMethod().isBlank()) {
            throw new IllegalArgumentException("Tripay needs a payment method such as BRIVA");
        }
        long amount = request.wholeRupiah();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("method", request.tripayMethod());
        body.put("merchant_ref", request.orderId());
        body.put("amount", amount);
        body.put("customer_name", request.customerName());
        body.put("customer_email", request.customerEmail());
        body.put("customer_phone", request.customerPhone());
        body.put("order_items", List.of(Map.of("sku", request.orderId(), "name", request.itemName(),
                "price", amount, "quantity", 1)));
        if (request.expiresIn() != null) {
            body.put("expired_time", Instant.now().plus(request.expiresIn()).getEpochSecond());
        }
        body.put("signature", signature.transactionSignature(merchantCode, request.orderId(), amount));
        JsonNode answer = http.post(create, authorization, body, 200);
        JsonNode data = answer.path("data");
        if (!answer.path("success").asBoolean(false) || !data.hasNonNull("checkout_url")) {
            throw new GatewayRefused("Tripay did not create the transaction: " + answer.path("message").asText());
        }
        Instant expires = data.hasNonNull("expired_time") ? Instant.ofEpochSecond(data.get("expired_time").asLong())
                : null;
        return new PaymentLink("tripay", request.orderId(), data.get("checkout_url").asText(),
                data.path("reference").asText(null), expires);
    }

    @Override
    public String toString() {
        return "TripayCheckout[" + create + ", merchant " + merchantCode + "]";
    }
}
