package io.netledger.payment;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Midtrans Snap: {@code POST /snap/v1/transactions} answers a token and the page to pay on. */
public final class MidtransSnap {

    public static final String SANDBOX = "https://app.sandbox.midtrans.com";
    public static final String PRODUCTION = "https://app.midtrans.com";

    private final URI transactions;
    private final String authorization;
    private final GatewayHttp http;

    public MidtransSnap(String baseUrl, String serverKey, Duration timeout) {
        this.transactions = URI.create(baseUrl.replaceAll("/+$", "") + "/snap/v1/transactions");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((serverKey + ":").getBytes(StandardCharsets.UTF_8));
        this.http = new GatewayHttp("Midtrans", timeout);
    }

    public PaymentLink create(PaymentRequest request) {
        long amount = request.wholeRupiah();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transaction_details", Map.of("order_id", request.orderId(), "gross_amount", amount));
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("first_name", request.customerName());
        if (request.customerEmail() != null) {
            customer.put("email", request.customerEmail());
        }
        if (request.customerPhone() != null) {
            customer.put("phone", request.customerPhone());
        }
        body.put("customer_details", customer);
        body.put("item_details", List.of(Map.of("id", request.orderId(), "price", amount, "quantity", 1,
                "name", request.itemName())));
        if (request.expiresIn() != null) {
            body.put("expiry", Map.of("unit", "minutes", "duration", request.expiresIn().toMinutes()));
        }
        JsonNode answer = http.post(transactions, authorization, body, 201, 200);
        if (!answer.hasNonNull("redirect_url")) {
            throw new GatewayRefused("Midtrans answered without a redirect_url");
        }
        return new PaymentLink("midtrans", request.orderId(), answer.get("redirect_url").asText(),
                answer.path("token").asText(null), null);
    }

    @Override
    public String toString() {
        return "MidtransSnap[" + transactions + "]";
    }
}
