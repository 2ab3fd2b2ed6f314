package io.netledger.app.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Webhook bodies that are no notification at all: well-formed JSON that is not an object, and bodies past
 * the size limit. Each is refused as problem+json and records nothing, signed or not.
 */
class WebhookBodyTest extends ApiTest {

    @LocalServerPort
    private int port;

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "\"x\"", "1"})
    void aMidtransBodyThatIsNoJsonObjectIsABadRequest(String body) {
        long before = events();
        Reply reply = api.post("/api/v1/webhooks/midtrans", null, body);
        assertProblem(reply, 400, "the notification is not a JSON object");
        assertThat(events()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "[]", "\"x\"", "1"})
    void aSignedTripayBodyThatIsNoJsonObjectIsABadRequest(String body) {
        long before = events();
        Reply reply = api.send("POST", "/api/v1/webhooks/tripay", null, body, "X-Callback-Event", "payment_status",
                "X-Callback-Signature", hmac(body));
        assertProblem(reply, 400, "the callback is not a JSON object");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anUnsignedTripayNullIsRefusedAsForged() {
        Reply reply = api.send("POST", "/api/v1/webhooks/tripay", null, "null", "X-Callback-Event", "payment_status");
        assertProblem(reply, 401, "X-Callback-Signature");
    }

    @Test
    void aBodyPastTheSizeLimitIsRefusedBeforeAnythingReadsIt() throws Exception {
        long before = events();
        // The tests' limit is 64 KiB: a notification padded past it, announced by Content-Length.
        String padded = "{\"order_id\": \"INV-202611-000001\", \"padding\": \"" + "x".repeat(70_000) + "\"}";
        assertProblem(api.post("/api/v1/webhooks/midtrans", null, padded), 413, "larger than");
        Reply tripay = api.send("POST", "/api/v1/webhooks/tripay", null, padded, "X-Callback-Event",
                "payment_status", "X-Callback-Signature", hmac(padded));
        assertProblem(tripay, 413, "larger than");

        // The same without a length: chunked, and stopped while it is read.
        for (String gateway : new String[] {"midtrans", "tripay"}) {
            HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/webhooks/" + gateway))
                    .header("Content-Type", "application/json")
                    .header("X-Callback-Event", "payment_status")
                    .header("X-Callback-Signature", hmac(padded))
                    .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(
                            padded.getBytes(StandardCharsets.UTF_8))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Reply reply = new Reply(chunked.statusCode(), chunked.headers().map(), chunked.body());
            assertProblem(reply, 413, "larger than");
        }
        assertThat(events()).isEqualTo(before);
    }

    private static String hmac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(TRIPAY_PRIVATE_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
