package io.netledger.routeros.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * api-ssl: the API inside TLS, with a self-signed certificate as a router has before anyone
 * imports a real one. The key pair is made once per JVM by the JDK's own keytool, so no
 * library beyond the JDK is needed.
 */
final class ApiSsl {

    private static final char[] STORE_PASSWORD = "routeros-simulator".toCharArray();
    private static SSLContext context;

    private ApiSsl() {
    }

    static ServerSocket serverSocket() throws IOException {
        return context().getServerSocketFactory().createServerSocket();
    }

    private static synchronized SSLContext context() throws IOException {
        if (context == null) {
            context = selfSigned();
        }
        return context;
    }

    private static SSLContext selfSigned() throws IOException {
        Path directory = Files.createTempDirectory("routeros-simulator-tls");
        Path store = directory.resolve("api-ssl.p12");
        try {
            Process keytool = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "api-ssl", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=routeros-simulator", "-validity", "3650",
                    "-keystore", store.toString(), "-storetype", "PKCS12",
                    "-storepass", new String(STORE_PASSWORD), "-keypass", new String(STORE_PASSWORD))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (keytool.waitFor() != 0) {
                throw new IOException("keytool could not make the api-ssl certificate: " + output);
            }
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keys.load(in, STORE_PASSWORD);
            }
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, STORE_PASSWORD);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keyManagers.getKeyManagers(), null, null);
            return tls;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot serve TLS with the generated certificate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the api-ssl certificate", e);
        } finally {
            Files.deleteIfExists(store);
            Files.deleteIfExists(directory);
        }
    }
}
