package io.netledger.saga.cpe;

import io.netledger.api.genieacs.GenieAcsEndpoint;
import io.netledger.api.secret.SecretCipher;
import io.netledger.genieacs.GenieAcsClient;
import io.netledger.genieacs.NbiConnection;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One NBI client per integration as of its last change: the key is opened from its seal only here, when the client
 * is made, and a changed URL, header or key makes a new client (the version is part of the key).
 */
final class AcsClients {

    private record Key(long integrationId, long version) {
    }

    private final SecretCipher secrets;
    private final Duration timeout;
    private final Map<Key, GenieAcsClient> clients = new ConcurrentHashMap<>();

    AcsClients(SecretCipher secrets, Duration timeout) {
        this.secrets = secrets;
        this.timeout = timeout;
    }

    GenieAcsClient of(GenieAcsEndpoint acs) {
        Key key = new Key(acs.integrationId(), acs.aggregateVersion());
        return clients.computeIfAbsent(key, k -> {
            clients.keySet().removeIf(old -> old.integrationId() == k.integrationId());
            return new GenieAcsClient(new NbiConnection(URI.create(acs.endpointUrl()), acs.keyHeader(),
                    acs.apiKey() == null ? null : new String(secrets.open(acs.apiKey())), timeout));
        });
    }
}
