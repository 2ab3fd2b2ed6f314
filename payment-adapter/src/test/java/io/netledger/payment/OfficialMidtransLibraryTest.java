package io.netledger.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.midtrans.Config;
import com.midtrans.utils.Utility;
import io.netledger.api.Money;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Our Midtrans clients against the official {@code com.midtrans:java-library}: the same
 * addresses and the same credentials on the wire. The library has no function for the
 * notification's {@code signature_key} (its answer to "is this notification genuine" is to
 * ask the status API, which {@link MidtransStatus} does); the signature is checked against
 * the documented formula in {@link MidtransSignatureTest} and end to end in the webhook tests.
 */
class OfficialMidtransLibraryTest {

    private static final String SERVER_KEY = "SB-Mid-server-Wh2cEDd4H661g4lrcig8sQMf";
    private static final String CLIENT_KEY = "SB-Mid-client-N7N5b2n_ZUQOOVba";

    private WireMockServer gateway;

    @BeforeEach
    void start() {
        gateway = new WireMockServer(options().dynamicPort());
        gateway.start();
        gateway.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
                "application/json").withBody("""
                {"status_code": "200", "transaction_id": "t-1", "order_id": "INV-202611-000123",
                 "transaction_status": "settlement", "gross_amount": "166500.00", "token": "t",
                 "redirect_url": "https://app.sandbox.midtrans.com/snap/v4/redirection/t"}""")));
    }

    @AfterEach
    void stop() {
        gateway.stop();
    }

    @Test
    void ourRequestsCarryTheAuthorizationTheLibrarySends() {
        new MidtransStatus(gateway.baseUrl(), SERVER_KEY, Duration.ofSeconds(2)).of("INV-202611-000123");
        new MidtransSnap(gateway.baseUrl(), SERVER_KEY, Duration.ofSeconds(2)).create(new PaymentRequest(
                "INV-202611-000123", Money.parse("166500"), "Home 20M", "Budi", null, null, null, null));

        List<String> sent = gateway.findAll(anyRequestedFor(anyUrl())).stream()
                .map(request -> request.getHeader("Authorization")).toList();
        assertThat(sent).hasSize(2).containsOnly(Utility.encodeBase64(SERVER_KEY));
    }

    @Test
    void ourSandboxAndProductionAddressesAreTheLibrarys() {
        Config sandbox = new Config(SERVER_KEY, CLIENT_KEY, false);
        Config production = new Config(SERVER_KEY, CLIENT_KEY, true);

        // The library builds the status address as core URL + "v2/" + order id + "/status".
        assertThat(sandbox.getCoreApiURL()).isEqualTo(MidtransStatus.SANDBOX + "/");
        assertThat(production.getCoreApiURL()).isEqualTo(MidtransStatus.PRODUCTION + "/");
        assertThat(sandbox.getSnapApiURL()).startsWith(MidtransSnap.SANDBOX + "/snap/");
        assertThat(production.getSnapApiURL()).startsWith(MidtransSnap.PRODUCTION + "/snap/");
    }
}
