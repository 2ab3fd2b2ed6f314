package io.netledger.routeros.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import me.legrange.mikrotik.ApiConnection;
import org.junit.jupiter.api.Test;

/** api-ssl: the same API inside TLS, with the router's self-signed certificate. */
class ApiSslTest {

    @Test
    void mikrotikJavaLogsInAndWorksOverTls() throws Exception {
        try (RouterOsSimulator router = RouterOsSimulator.start(SimulatorConfig.defaults().withTls(true));
             ApiConnection api = ApiConnection.connect(trustingEveryCertificate().getSocketFactory(), "127.0.0.1",
                     router.port(), 2_000)) {
            api.login("admin", "secret");

            api.execute("/ppp/secret/add name=alice");
            assertThat(api.execute("/ppp/secret/print")).extracting(secret -> secret.get("name")).containsExactly("alice");
        }
    }

    /** A self-signed router certificate cannot be checked against anything; clients accept it as is. */
    private static SSLContext trustingEveryCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trustAll}, null);
        return tls;
    }
}
