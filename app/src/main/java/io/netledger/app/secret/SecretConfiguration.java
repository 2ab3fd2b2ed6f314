package io.netledger.app.secret;

import io.netledger.api.secret.MasterKeys;
import io.netledger.api.secret.SecretCipher;
import io.netledger.app.NetLedgerProperties;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The AES-256 master key that seals router and PPPoE passwords and API keys:
 * NETLEDGER_MASTER_KEY (base64 of 32 bytes), or one generated and kept in
 * {@code <data-dir>/master-key}. Keys being rotated out go in NETLEDGER_RETIRED_MASTER_KEYS.
 */
@Configuration(proxyBeanMethods = false)
class SecretConfiguration {

    @Bean
    SecretCipher secretCipher(NetLedgerProperties properties) {
        NetLedgerProperties.Secrets secrets = properties.secrets();
        byte[] current = secrets.masterKey() == null || secrets.masterKey().isBlank()
                ? KeptSecret.load(properties.dataDir().resolve("master-key"), 32)
                : decode(secrets.masterKey(), "NETLEDGER_MASTER_KEY");
        List<byte[]> retired = Arrays.stream(secrets.retiredMasterKeys().split(","))
                .map(String::strip).filter(key -> !key.isEmpty())
                .map(key -> decode(key, "NETLEDGER_RETIRED_MASTER_KEYS")).toList();
        return new SecretCipher(MasterKeys.of(current, retired));
    }

    private static byte[] decode(String base64, String variable) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(variable + " must be base64 (openssl rand -base64 32)");
        }
    }
}
