package io.netledger.routeros.mikrotik;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Which certificates a router may present on {@code api-ssl}. RouterOS serves whatever
 * certificate the operator assigned, most often one it generated itself, so the choice is
 * the operator's and is never made silently:
 * <ul>
 *   <li>{@link #systemTrustStore()}, the default: a certificate from a CA the JVM trusts,
 *       issued for the host name or address the NAS is reached by;</li>
 *   <li>{@link #trusting(KeyStore)}: only the certificates (or the private CA) in the given
 *       store, for routers whose self-signed certificates were exported and imported; the
 *       certificate is the check, so the host name is not compared (RouterOS certificates
 *       usually name the address in the common name only, which TLS no longer honours);</li>
 *   <li>{@link #anyCertificate()}: encryption without knowing who answers. It keeps the
 *       login off the wire against eavesdroppers but not against someone in the path who
 *       presents a certificate of their own; an explicit opt-in for self-signed routers on
 *       a network the ISP controls.</li>
 * </ul>
 */
public final class TlsTrust {

    private final SSLSocketFactory sockets;
    private final boolean verifyHostname;
    private final String description;

    private TlsTrust(SSLSocketFactory sockets, boolean verifyHostname, String description) {
        this.sockets = sockets;
        this.verifyHostname = verifyHostname;
        this.description = description;
    }

    public static TlsTrust systemTrustStore() {
        return new TlsTrust((SSLSocketFactory) SSLSocketFactory.getDefault(), true, "the JVM's trust store");
    }

    public static TlsTrust trusting(KeyStore trustStore) {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore);
            return new TlsTrust(context(trust.getTrustManagers()), false, "a given trust store");
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the trust store cannot be used: " + e.getMessage(), e);
        }
    }

    public static TlsTrust anyCertificate() {
        TrustManager acceptAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // the router does not ask for a client certificate
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // accepted by the operator's explicit choice of anyCertificate()
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        return new TlsTrust(context(new TrustManager[] {acceptAll}), false, "any certificate");
    }

    SSLSocketFactory sockets() {
        return sockets;
    }

    boolean verifyHostname() {
        return verifyHostname;
    }

    @Override
    public String toString() {
        return "TlsTrust[" + description + "]";
    }

    private static SSLSocketFactory context(TrustManager[] trustManagers) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trustManagers, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is unavailable in this JVM", e);
        }
    }
}
