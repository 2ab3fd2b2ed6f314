package io.netledger.app.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.netledger.app.payment.MidtransDocumented.midtransSays;
import static io.netledger.app.payment.MidtransDocumented.sha512;
import static io.netledger.app.payment.MidtransDocumented.signedFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.netledger.api.Ids;
import io.netledger.app.Api.Reply;
import io.netledger.app.ApiTest;
import io.netledger.app.Simultaneously;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Gateway notifications: signed ones move money, forged ones nothing; repeats and reorders are harmless. */
class WebhookApiTest extends ApiTest {

    @Autowired
    private JdbcTemplate jdbc;

    private String staff;
    private String invoiceId;
    private String invoiceNumber;

    @BeforeEach
    void anInvoiceSent() {
        staff = adminToken();
        String customer = newCustomer(staff, "Sari");
        String plan = api.post("/api/v1/service-plans", staff, """
                {"name": "Rumah %s", "price": "150000", "billingCycle": "monthly", "downloadSpeed": 20000,
                 "uploadSpeed": 10000, "dataUnit": "unlimited"}""".formatted(Ids.next())).json().get("id").asText();
        String nas = api.post("/api/v1/nas-servers", staff, """
                {"name": "POP %s", "ipAddress": "10.40.0.1", "username": "netledger", "password": "router-pw-1",
                 "apiType": "routeros_v7"}""".formatted(Ids.next())).json().get("id").asText();
        String subscription = api.post("/api/v1/customers/" + customer + "/subscriptions", staff, """
                {"servicePlanId": "%s", "nasServerId": "%s", "username": "wh-%s", "password": "pppoe-pw-1"}"""
                .formatted(plan, nas, Ids.next())).json().get("id").asText();
        Reply issued = api.post("/api/v1/invoices", staff, """
                {"subscriptionId": "%s", "periodStart": "2026-12-01"}""".formatted(subscription));
        invoiceId = issued.json().get("id").asText();
        invoiceNumber = issued.json().get("invoiceNumber").asText();
        Reply sent = api.post("/api/v1/invoices/" + invoiceId + "/send", staff, null);
        readAfter("/api/v1/invoices/" + invoiceId, staff, sent);
    }

    @Test
    void aSignedSettlementThatMidtransConfirmsPaysTheInvoice() {
        midtransSays(GATEWAYS, invoiceNumber, "settlement", "tx-" + invoiceId, "166500.00");
        Reply reply = midtrans(notification("settlement", "tx-" + invoiceId, "166500.00", true));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);

        JsonNode invoice = readAfter("/api/v1/invoices/" + invoiceId, staff, reply).json();
        assertThat(invoice.get("status").asText()).isEqualTo("paid");
        assertThat(invoice.get("paymentMethod").asText()).isEqualTo("midtrans");
        JsonNode payment = api.get("/api/v1/invoices/" + invoiceId + "/payments", staff).json().get("content").get(0);
        assertThat(payment.get("transactionId").asText()).isEqualTo("tx-" + invoiceId);
        assertThat(payment.get("paymentMethod").asText()).isEqualTo("bank_transfer");
        assertThat(payment.get("paidAt").asText()).isEqualTo("2026-11-05T03:12:00Z");
        assertThat(payment.get("gatewayResponse").get("va_numbers").get(0).get("bank").asText()).isEqualTo("bca");
        assertThat(payment.get("gatewayResponse").has("signature_key")).isFalse();
        GATEWAYS.verify(getRequestedFor(urlEqualTo("/v2/" + invoiceNumber + "/status")).withHeader("Authorization",
                equalTo("Basic " + Base64.getEncoder().encodeToString((MIDTRANS_SERVER_KEY + ":").getBytes(
                        StandardCharsets.UTF_8)))));
    }

    @Test
    void whatMidtransSaysNowIsWhatCountsNotWhatTheNotificationSaid() {
        String tx = "tx-unconfirmed-" + invoiceId;
        midtransSays(GATEWAYS, invoiceNumber, "pending", tx, "166500.00");
        long before = events();
        Reply pending = midtrans(notification("settlement", tx, "166500.00", true));
        assertThat(pending.status()).as(pending.body()).isEqualTo(200);
        assertThat(events()).as("Midtrans still waits for the money").isEqualTo(before);

        midtransSays(GATEWAYS, invoiceNumber, "expire", tx, "166500.00");
        Reply expired = midtrans(notification("settlement", tx, "166500.00", true));
        assertThat(expired.status()).isEqualTo(200);
        assertThat(readAfter("/api/v1/invoices/" + invoiceId, staff, expired).json().get("status").asText())
                .as("an expired transaction pays nothing, whatever the notification claimed").isEqualTo("sent");
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%PaymentRecorded'""", Long.class, invoiceId))
                .isZero();
    }

    @Test
    void whenMidtransCannotConfirmNothingIsRecordedAndTheRetryPays() {
        String tx = "tx-retry-" + invoiceId;
        String status = "/v2/" + invoiceNumber + "/status";
        GATEWAYS.stubFor(get(urlEqualTo(status)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status_code\": \"500\", \"status_message\": \"Sorry. Our system is recovering\"}")));
        long before = events();
        Reply down = midtrans(notification("settlement", tx, "166500.00", true));
        assertProblem(down, 502, "Midtrans answered 500");
        assertThat(events()).isEqualTo(before);

        GATEWAYS.stubFor(get(urlEqualTo(status)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status_code\": \"404\", \"status_message\": \"Transaction doesn't exist.\"}")));
        assertProblem(midtrans(notification("settlement", tx, "166500.00", true)), 422, "knows no transaction");
        assertThat(events()).isEqualTo(before);

        midtransSays(GATEWAYS, invoiceNumber, "settlement", tx, "166500.00");
        Reply retried = midtrans(notification("settlement", tx, "166500.00", true));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(readAfter("/api/v1/invoices/" + invoiceId, staff, retried).json().get("status").asText())
                .isEqualTo("paid");
    }

    @Test
    void aPartialRefundGivesBackItsAmountOnlyAndTheInvoiceIsOwedAgain() {
        String tx = "tx-partial-" + invoiceId;
        midtransSays(GATEWAYS, invoiceNumber, "partial_refund", tx, "166500.00");
        Reply refunded = midtrans(notification("partial_refund", tx, "166500.00", true));
        assertThat(refunded.status()).as(refunded.body()).isEqualTo(200);
        assertThat(readAfter("/api/v1/invoices/" + invoiceId, staff, refunded).json().get("status").asText())
                .as("paid, then 66 500 given back: short again").isEqualTo("sent");
        assertThat(jdbc.queryForObject("""
                select convert_from(payload, 'UTF8') from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%PaymentRefunded'""", String.class, invoiceId))
                .contains("\"amount\":\"66500");
    }

    @Test
    void forgedOrUnsignedNotificationsAreRefusedAndRecordNothing() {
        long before = events();
        String forged = notification("settlement", "tx-forged", "166500.00", true)
                .replaceFirst("\"signature_key\": \"[0-9a-f]+\"", "\"signature_key\": \"" + "ab".repeat(64) + "\"");
        Reply refused = midtrans(forged);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.isProblem()).isTrue();
        assertThat(midtrans(notification("settlement", "tx-unsigned", "166500.00", false)).status()).isEqualTo(401);
        String tampered = notification("settlement", "tx-tampered", "1000.00", true).replace("\"1000.00\"",
                "\"166500.00\"");
        assertThat(midtrans(tampered).status()).as("the amount is signed").isEqualTo(401);
        String tripay = tripayBody("PAID", "T-forged");
        Reply tripayForged = api.send("POST", "/api/v1/webhooks/tripay", null, tripay, "X-Callback-Event",
                "payment_status", "X-Callback-Signature", hmac(tripay + " "));
        assertThat(tripayForged.status()).isEqualTo(401);
        assertThat(api.send("POST", "/api/v1/webhooks/tripay", null, tripay, "X-Callback-Event", "payment_status")
                .status()).isEqualTo(401);
        assertThat(events()).isEqualTo(before);
        GATEWAYS.verify(0, getRequestedFor(urlEqualTo("/v2/" + invoiceNumber + "/status")));
    }

    @Test
    void twoHundredCopiesOfOneNotificationAtOnceRecordOnePayment() throws Exception {
        midtransSays(GATEWAYS, invoiceNumber, "settlement", "tx-storm-" + invoiceId, "166500.00");
        String body = notification("settlement", "tx-storm-" + invoiceId, "166500.00", true);
        List<Reply> replies = Simultaneously.run(200, () -> midtrans(body));
        assertThat(replies).as(() -> "not 200: " + replies.stream().filter(r -> r.status() != 200)
                .map(Reply::body).distinct().toList()).extracting(Reply::status).containsOnly(200);
        assertThat(jdbc.queryForObject("""
                select count(*) from domain_event_entry
                where aggregate_identifier = ? and payload_type like '%PaymentRecorded'""", Long.class, invoiceId))
                .isEqualTo(1);
        assertThat(readAfter("/api/v1/invoices/" + invoiceId + "/payments", staff, replies.get(0)).json()
                .get("content"))
                .hasSize(1);
    }

    @Test
    void aRefundArrivingBeforeItsSettlementEndsRefundedWhateverTheOrder() {
        String tx = "tx-reorder-" + invoiceId;
        midtransSays(GATEWAYS, invoiceNumber, "refund", tx, "166500.00");
        assertThat(midtrans(notification("refund", tx, "166500.00", true)).status()).isEqualTo(200);
        Reply settled = midtrans(notification("settlement", tx, "166500.00", true));
        assertThat(midtrans(notification("settlement", tx, "166500.00", true)).status()).isEqualTo(200);
        JsonNode invoice = readAfter("/api/v1/invoices/" + invoiceId, staff, settled).json();
        assertThat(invoice.get("status").asText()).as("paid, then given back: owed again").isEqualTo("sent");
        JsonNode payment = api.get("/api/v1/invoices/" + invoiceId + "/payments", staff).json().get("content").get(0);
        assertThat(payment.get("status").asText()).isEqualTo("refunded");
        assertThat(api.get("/api/v1/invoices/" + invoiceId + "/payments", staff).json().get("content"))
                .as("the payment the refund gives back, once").hasSize(1);
    }

    @Test
    void anExpiredAttemptIsRecordedAndTheInvoiceStillOwed() {
        midtransSays(GATEWAYS, invoiceNumber, "expire", "tx-expired-" + invoiceId, "166500.00");
        Reply expired = midtrans(notification("expire", "tx-expired-" + invoiceId, "166500.00", true));
        assertThat(expired.status()).isEqualTo(200);
        assertThat(readAfter("/api/v1/invoices/" + invoiceId, staff, expired).json().get("status").asText())
                .isEqualTo("sent");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_logs where model_id = ? and action = 'payment_failed'""", Long.class,
                Long.parseLong(invoiceId))).isEqualTo(1);
    }

    @Test
    void aSignedTripayCallbackPaysTheInvoiceAndIsAnsweredAsTripayExpects() {
        String body = tripayBody("PAID", "T0001" + invoiceId.substring(10));
        Reply reply = api.send("POST", "/api/v1/webhooks/tripay", null, body, "X-Callback-Event", "payment_status",
                "X-Callback-Signature", hmac(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("success").asBoolean()).isTrue();
        JsonNode invoice = readAfter("/api/v1/invoices/" + invoiceId, staff, reply).json();
        assertThat(invoice.get("status").asText()).isEqualTo("paid");
        assertThat(invoice.get("paymentMethod").asText()).isEqualTo("tripay");
    }

    @Test
    void aTripayRefundWhosePaidCallbackWasLostStillShowsThePaymentItGaveBack() {
        String body = tripayBody("REFUND", "T0002" + invoiceId.substring(10));
        Reply reply = api.send("POST", "/api/v1/webhooks/tripay", null, body, "X-Callback-Event", "payment_status",
                "X-Callback-Signature", hmac(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(readAfter("/api/v1/invoices/" + invoiceId, staff, reply).json().get("status").asText())
                .as("paid and given back: owed again").isEqualTo("sent");
        JsonNode payments = api.get("/api/v1/invoices/" + invoiceId + "/payments", staff).json().get("content");
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).get("status").asText()).isEqualTo("refunded");
        assertThat(payments.get(0).get("amount").asText()).isEqualTo("166500.00");
    }

    @Test
    void aValidNotificationForAnUnknownOrderIsANotFound() {
        String unknown = signedFor("INV-209901-999999", "settlement", "tx-unknown", "166500.00");
        Reply notFound = midtrans(unknown);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.isProblem()).isTrue();
    }

    private Reply midtrans(String body) {
        return api.post("/api/v1/webhooks/midtrans", null, body);
    }

    private String notification(String status, String transactionId, String grossAmount, boolean signed) {
        String body = signedFor(invoiceNumber, status, transactionId, grossAmount);
        return signed ? body : body.replaceFirst(",\\s*\"signature_key\": \"[0-9a-f]+\"", "");
    }

    /** A callback as Tripay documents it for a closed payment through BRI virtual account. */
    private String tripayBody(String status, String reference) {
        return """
                {"reference": "%s", "merchant_ref": "%s", "payment_method": "BRI Virtual Account",
                 "payment_method_code": "BRIVA", "total_amount": 170750, "fee_merchant": 0, "fee_customer": 4250,
                 "total_fee": 4250, "amount_received": 166500, "is_closed_payment": 1, "status": "%s",
                 "paid_at": 1762312320, "note": null}""".formatted(reference, invoiceNumber, status);
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

    @Test
    void staffMakeAPaymentLinkAtMidtransAndTheSignedNotificationOfThatOrderPaysTheInvoice() {
        GATEWAYS.resetAll();
        GATEWAYS.stubFor(post(urlEqualTo("/snap/v1/transactions")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"token": "66e4fa55-fdac-4ef9-91b5-733b97d1b862",
                         "redirect_url": "https://app.sandbox.midtrans.com/snap/v4/redirection/66e4fa55"}""")));
        String path = "/api/v1/invoices/" + invoiceId + "/payment-link";

        Reply first = api.post(path, staff, "{\"gateway\": \"midtrans\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("url").asText())
                .isEqualTo("https://app.sandbox.midtrans.com/snap/v4/redirection/66e4fa55");
        assertThat(first.json().get("orderId").asText()).isEqualTo(invoiceNumber);
        GATEWAYS.verify(postRequestedFor(urlEqualTo("/snap/v1/transactions"))
                .withRequestBody(matchingJsonPath("$.transaction_details.order_id", equalTo(invoiceNumber)))
                .withRequestBody(matchingJsonPath("$.transaction_details.gross_amount", equalTo("166500")))
                .withRequestBody(matchingJsonPath("$.customer_details.first_name", equalTo("Sari"))));

        Reply again = api.post(path, staff, "{\"gateway\": \"midtrans\"}");
        String retryOrder = again.json().get("orderId").asText();
        assertThat(retryOrder).as("a new order id for a new attempt").isEqualTo(invoiceNumber + "-1");

        midtransSays(GATEWAYS, retryOrder, "settlement", "tx-link-" + invoiceId, "166500.00");
        Reply paid = midtrans(signedFor(retryOrder, "settlement", "tx-link-" + invoiceId, "166500.00"));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        assertThat(readAfter("/api/v1/invoices/" + invoiceId, staff, paid).json().get("status").asText())
                .isEqualTo("paid");
        Reply late = api.post(path, staff, "{\"gateway\": \"midtrans\"}");
        assertThat(late.status()).as("nothing left to pay").isEqualTo(422);
    }

    @Test
    void aTripayLinkNeedsAChannelAndAGatewayRefusalIsABadGateway() {
        GATEWAYS.resetAll();
        String path = "/api/v1/invoices/" + invoiceId + "/payment-link";
        assertProblem(api.post(path, staff, "{\"gateway\": \"tripay\"}"), 400, "method is required");
        assertProblem(api.post(path, staff, "{\"gateway\": \"bitcoin\"}"), 400, "");
        assertProblem(api.post(path, staff, "{}"), 400, "gateway");

        GATEWAYS.stubFor(post(urlEqualTo("/tripay/transaction/create")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"success": true, "message": "",
                         "data": {"reference": "T0001000000000000007", "merchant_ref": "%s",
                                  "checkout_url": "https://tripay.co.id/checkout/T0001000000000000007",
                                  "status": "UNPAID", "expired_time": 1767225600}}""".formatted(invoiceNumber))));
        Reply tripay = api.post(path, staff, "{\"gateway\": \"tripay\", \"method\": \"BRIVA\"}");
        assertThat(tripay.status()).as(tripay.body()).isEqualTo(201);
        assertThat(tripay.json().get("url").asText()).isEqualTo("https://tripay.co.id/checkout/T0001000000000000007");
        assertThat(tripay.json().get("reference").asText()).isEqualTo("T0001000000000000007");

        GATEWAYS.stubFor(post(urlEqualTo("/snap/v1/transactions")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error_messages\": [\"Access denied due to unauthorized transaction\"]}")));
        Reply refused = api.post(path, staff, "{\"gateway\": \"midtrans\"}");
        assertProblem(refused, 502, "Access denied");
        assertThat(refused.body()).doesNotContain(MIDTRANS_SERVER_KEY);
    }

    @Test
    void aCustomerMakesALinkForItsOwnInvoiceOnly() {
        GATEWAYS.resetAll();
        GATEWAYS.stubFor(post(urlEqualTo("/snap/v1/transactions")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"token\": \"t\", \"redirect_url\": \"https://app.sandbox.midtrans.com/snap/x\"}")));
        String owner = api.get("/api/v1/invoices/" + invoiceId, staff).json().get("customerId").asText();
        String mine = customerLogin(staff, owner);
        String stranger = customerLogin(staff, newCustomer(staff, "Wati"));
        String path = "/api/v1/invoices/" + invoiceId + "/payment-link";
        assertThat(api.post(path, stranger, "{\"gateway\": \"midtrans\"}").status()).isEqualTo(404);
        assertThat(api.post(path, mine, "{\"gateway\": \"midtrans\"}").status()).isEqualTo(201);
        assertThat(api.post(path, null, "{\"gateway\": \"midtrans\"}").status()).isEqualTo(401);
    }
}
