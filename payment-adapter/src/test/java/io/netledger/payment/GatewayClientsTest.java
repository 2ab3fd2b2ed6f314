package io.netledger.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.netledger.api.Money;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Creating a payment page at Midtrans Snap and Tripay, against their documented HTTP exchanges. */
class GatewayClientsTest {

    private static final String SERVER_KEY = "SB-Mid-server-abc123";
    private static final String PRIVATE_KEY = "tripay-private-xyz";
    private static final PaymentRequest ORDER = new PaymentRequest("INV-202611-000123", Money.parse("166500"),
            "Home 20M Desember 2026", "Budi Santoso", "budi@mail.id", "+6281234567890", "BRIVA",
            Duration.ofHours(24));

    private WireMockServer gateway;

    @BeforeEach
    void start() {
        gateway = new WireMockServer(options().dynamicPort());
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop();
    }

    @Test
    void midtransSnapIsAskedWithBasicAuthAndWholeRupiahAndAnswersTheRedirectUrl() {
        gateway.stubFor(post(urlEqualTo("/snap/v1/transactions")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"token": "66e4fa55-fdac-4ef9-91b5-733b97d1b862",
                         "redirect_url": "https://app.sandbox.midtrans.com/snap/v4/redirection/66e4fa55"}""")));

        PaymentLink link = new MidtransSnap(gateway.baseUrl(), SERVER_KEY, Duration.ofSeconds(2)).create(ORDER);

        assertThat(link.url()).isEqualTo("https://app.sandbox.midtrans.com/snap/v4/redirection/66e4fa55");
        assertThat(link.reference()).isEqualTo("66e4fa55-fdac-4ef9-91b5-733b97d1b862");
        gateway.verify(postRequestedFor(urlEqualTo("/snap/v1/transactions"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
                        .encodeToString((SERVER_KEY + ":").getBytes(StandardCharsets.UTF_8))))
                .withRequestBody(matchingJsonPath("$.transaction_details.order_id", equalTo("INV-202611-000123")))
                .withRequestBody(matchingJsonPath("$.transaction_details.gross_amount", equalTo("166500")))
                .withRequestBody(matchingJsonPath("$.customer_details.email", equalTo("budi@mail.id")))
                .withRequestBody(matchingJsonPath("$.item_details[0].price", equalTo("166500"))));
    }

    @Test
    void aMidtransRefusalNamesTheGatewaysReasonButNeverTheKey() {
        gateway.stubFor(post(urlEqualTo("/snap/v1/transactions")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error_messages": ["Access denied due to unauthorized transaction, please check client or \
                        server key"]}""")));

        assertThatThrownBy(() -> new MidtransSnap(gateway.baseUrl(), SERVER_KEY, Duration.ofSeconds(2)).create(ORDER))
                .isInstanceOf(GatewayRefused.class)
                .hasMessageContaining("Midtrans answered 401")
                .hasMessageContaining("Access denied")
                .hasMessageNotContaining(SERVER_KEY);
    }

    @Test
    void aGatewayThatDoesNotAnswerInTimeIsAClearFailure() {
        gateway.stubFor(post(urlEqualTo("/snap/v1/transactions")).willReturn(aResponse().withFixedDelay(3_000)
                .withStatus(201).withBody("{}")));

        assertThatThrownBy(() -> new MidtransSnap(gateway.baseUrl(), SERVER_KEY, Duration.ofMillis(300))
                .create(ORDER))
                .isInstanceOf(GatewayRefused.class)
                .hasMessageContaining("Midtrans could not be reached");
    }

    @Test
    void tripayIsAskedWithTheBearerKeyAndASignedClosedTransaction() {
        gateway.stubFor(post(urlEqualTo("/transaction/create")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"success": true, "message": "",
                         "data": {"reference": "T0001000000000000006", "merchant_ref": "INV-202611-000123",
                                  "payment_method": "BRIVA", "amount": 166500,
                                  "checkout_url": "https://tripay.co.id/checkout/T0001000000000000006",
                                  "status": "UNPAID", "expired_time": 1767225600}}""")));

        PaymentLink link = new TripayCheckout(gateway.baseUrl() + "/", "DEV-api-key", PRIVATE_KEY, "T0001",
                Duration.ofSeconds(2)).create(ORDER);

        assertThat(link.url()).isEqualTo("https://tripay.co.id/checkout/T0001000000000000006");
        assertThat(link.reference()).isEqualTo("T0001000000000000006");
        assertThat(link.expiresAt()).isEqualTo(Instant.ofEpochSecond(1767225600));
        String expectedSignature = new TripaySignature(PRIVATE_KEY).transactionSignature("T0001",
                "INV-202611-000123", 166500);
        gateway.verify(postRequestedFor(urlEqualTo("/transaction/create"))
                .withHeader("Authorization", equalTo("Bearer DEV-api-key"))
                .withRequestBody(matchingJsonPath("$.method", equalTo("BRIVA")))
                .withRequestBody(matchingJsonPath("$.merchant_ref", equalTo("INV-202611-000123")))
                .withRequestBody(matchingJsonPath("$.amount", equalTo("166500")))
                .withRequestBody(matchingJsonPath("$.signature", equalTo(expectedSignature)))
                .withRequestBody(matchingJsonPath("$.order_items[0].quantity", equalTo("1"))));
    }

    @Test
    void aTripayRefusalCarriesItsMessage() {
        gateway.stubFor(post(urlEqualTo("/transaction/create")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"success\": false, \"message\": \"Invalid signature\"}")));

        assertThatThrownBy(() -> new TripayCheckout(gateway.baseUrl(), "DEV-api-key", PRIVATE_KEY, "T0001",
                Duration.ofSeconds(2)).create(ORDER))
                .isInstanceOf(GatewayRefused.class)
                .hasMessageContaining("Invalid signature")
                .hasMessageNotContaining(PRIVATE_KEY);
    }

    @Test
    void gatewaysTakeWholeRupiahOnly() {
        PaymentRequest withSen = new PaymentRequest("INV-202611-000124", Money.parse("1000.50"), "x", "y", null,
                null, "BRIVA", null);
        assertThatThrownBy(() -> new MidtransSnap(gateway.baseUrl(), SERVER_KEY, Duration.ofSeconds(1))
                .create(withSen)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole rupiah");
    }

    @Test
    void midtransStatusAnswersTheTransactionAsMidtransDocumentsIt() {
        gateway.stubFor(get(urlEqualTo("/v2/INV-202611-000123-1/status")).willReturn(okJson("""
                {"status_code": "200", "status_message": "Success, transaction is found",
                 "transaction_id": "249fc620-6017-4540-af7c-5a1c25788f46", "order_id": "INV-202611-000123-1",
                 "payment_type": "credit_card", "transaction_time": "2026-11-05 14:39:33",
                 "transaction_status": "capture", "fraud_status": "accept", "masked_card": "48111111-1114",
                 "gross_amount": "166500.00", "currency": "IDR", "bank": "bni",
                 "signature_key": "2802a264cb978fbc59f631c68d120cbda8dc853f5dfdc52301c615cf4f14e7a0"}""")));

        MidtransTransaction transaction = new MidtransStatus(gateway.baseUrl(), SERVER_KEY, Duration.ofSeconds(2))
                .of("INV-202611-000123-1").orElseThrow();

        assertThat(transaction.transactionId()).isEqualTo("249fc620-6017-4540-af7c-5a1c25788f46");
        assertThat(transaction.outcome()).as("a capture the fraud check accepted").isEqualTo(PaymentOutcome.PAID);
        assertThat(transaction.grossAmount()).isEqualTo("166500.00");
        assertThat(transaction.fields()).containsEntry("bank", "bni").doesNotContainKey("signature_key");
        gateway.verify(getRequestedFor(urlEqualTo("/v2/INV-202611-000123-1/status"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
                        .encodeToString((SERVER_KEY + ":").getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void aBurstOfStatusChecksLargerThanOneHttp2ConnectionTakesIsAnsweredInFull() throws Exception {
        // A storm of retried notifications checks the status 200 times at once; one HTTP/2 connection carries
        // at most ~128 streams (Jetty's default here, similar at the gateways), and JDK 17's client fails the rest.
        WireMockServer busy = new WireMockServer(options().dynamicPort().containerThreads(250)
                .jettyAcceptQueueSize(500));
        busy.start();
        try {
            busy.stubFor(get(urlEqualTo("/v2/INV-202611-000123/status")).willReturn(okJson("""
                    {"status_code": "200", "transaction_id": "t-1", "order_id": "INV-202611-000123",
                     "transaction_status": "settlement", "gross_amount": "166500.00"}""").withFixedDelay(300)));
            MidtransStatus status = new MidtransStatus(busy.baseUrl(), SERVER_KEY, Duration.ofSeconds(20));
            ExecutorService callers = Executors.newFixedThreadPool(200);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Optional<MidtransTransaction>>> answers = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    answers.add(callers.submit(() -> {
                        start.await();
                        return status.of("INV-202611-000123");
                    }));
                }
                start.countDown();
                for (Future<Optional<MidtransTransaction>> answer : answers) {
                    assertThat(answer.get().orElseThrow().transactionId()).isEqualTo("t-1");
                }
            } finally {
                callers.shutdownNow();
            }
        } finally {
            busy.stop();
        }
    }

    @Test
    void midtransStatusOfAnUnknownOrderIsEmptyAndAnythingElseUnexpectedIsARefusal() {
        MidtransStatus status = new MidtransStatus(gateway.baseUrl(), SERVER_KEY, Duration.ofSeconds(2));
        gateway.stubFor(get(urlEqualTo("/v2/INV-202611-000404/status")).willReturn(okJson("""
                {"status_code": "404", "status_message": "Transaction doesn't exist."}""")));
        assertThat(status.of("INV-202611-000404")).isEmpty();

        gateway.stubFor(get(urlEqualTo("/v2/INV-202611-000500/status")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status_code\": \"500\", \"status_message\": \"Sorry. Our system is recovering\"}")));
        assertThatThrownBy(() -> status.of("INV-202611-000500")).isInstanceOf(GatewayRefused.class)
                .hasMessageContaining("Midtrans answered 500").hasMessageNotContaining(SERVER_KEY);

        gateway.stubFor(get(urlEqualTo("/v2/INV-202611-000777/status")).willReturn(okJson("""
                {"status_code": "200", "transaction_id": "t-1", "order_id": "INV-202611-000778",
                 "transaction_status": "settlement", "gross_amount": "166500.00"}""")));
        assertThatThrownBy(() -> status.of("INV-202611-000777")).isInstanceOf(GatewayRefused.class)
                .hasMessageContaining("another order");

        gateway.stop();
        assertThatThrownBy(() -> status.of("INV-202611-000123")).isInstanceOf(GatewayRefused.class)
                .hasMessageContaining("could not be reached");
    }
}
