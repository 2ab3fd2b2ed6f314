package io.netledger.command.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netledger.payment.MidtransSnap;
import io.netledger.payment.MidtransStatus;
import io.netledger.payment.TripayCheckout;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class PaymentPropertiesTest {

    private static final PaymentProperties.Midtrans MIDTRANS =
            new PaymentProperties.Midtrans("SB-Mid-server-secret", false, null, null);
    private static final PaymentProperties.Tripay TRIPAY =
            new PaymentProperties.Tripay("DEV-api-secret", "tripay-private-secret", "T0001", false, null);

    @Test
    void nothingSetLeavesBothGatewaysOffAndEveryClientAnswers503() {
        PaymentGateways gateways = new PaymentGateways(new PaymentProperties(null, null));
        assertThatThrownBy(gateways::midtransNotifications).isInstanceOfSatisfying(ResponseStatusException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE))
                .hasMessageContaining("Midtrans is not configured");
        assertThatThrownBy(gateways::midtransSnap).isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(gateways::tripayCallbacks).hasMessageContaining("Tripay is not configured");
        assertThatThrownBy(gateways::tripayCheckout).isInstanceOf(ResponseStatusException.class);
    }

    @Test
    void tripayNeedsItsApiKeyPrivateKeyAndMerchantCode() {
        assertThat(TRIPAY.configured()).isTrue();
        assertThat(new PaymentProperties.Tripay("DEV-api", "private", " ", false, null).configured()).isFalse();
        assertThat(new PaymentProperties.Tripay(null, "private", "T0001", false, null).configured()).isFalse();
    }

    @Test
    void sandboxUnlessProductionAndAnOverrideWinsOverBoth() {
        assertThat(MIDTRANS.snapBase()).isEqualTo(MidtransSnap.SANDBOX);
        assertThat(MIDTRANS.apiBase()).isEqualTo(MidtransStatus.SANDBOX);
        assertThat(TRIPAY.apiBase()).isEqualTo(TripayCheckout.SANDBOX);
        PaymentProperties.Midtrans live = new PaymentProperties.Midtrans("Mid-server-live", true, null, null);
        assertThat(live.snapBase()).isEqualTo(MidtransSnap.PRODUCTION);
        assertThat(live.apiBase()).isEqualTo(MidtransStatus.PRODUCTION);
        assertThat(new PaymentProperties.Tripay("k", "p", "T1", true, null).apiBase())
                .isEqualTo(TripayCheckout.PRODUCTION);
        assertThat(new PaymentProperties.Midtrans("k", true, "http://stub/", "http://stub-api/").apiBase())
                .isEqualTo("http://stub-api/");
    }

    @Test
    void neverPrintsAKey() {
        PaymentProperties properties = new PaymentProperties(MIDTRANS, TRIPAY);
        assertThat(properties.toString() + new PaymentGateways(properties))
                .doesNotContain("SB-Mid-server-secret", "DEV-api-secret", "tripay-private-secret")
                .contains("configured=true", "merchantCode=T0001");
    }
}
