package io.netledger.routeros.mikrotik;

import io.netledger.routeros.AddressListEntry;
import io.netledger.routeros.HotspotUser;
import io.netledger.routeros.InterfaceTraffic;
import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.PasswordOpener;
import io.netledger.routeros.PasswordSealer;
import io.netledger.routeros.PppProfileEntry;
import io.netledger.routeros.PppSecret;
import io.netledger.routeros.PppSecretEntry;
import io.netledger.routeros.PppSession;
import io.netledger.routeros.RateLimit;
import io.netledger.routeros.RouterFailure;
import io.netledger.routeros.RouterGateway;
import io.netledger.routeros.RouterInterface;
import io.netledger.routeros.RouterItemId;
import io.netledger.routeros.RouterLogEntry;
import io.netledger.routeros.SystemResource;
import java.util.List;
import java.util.Objects;

/**
 * The {@link RouterGateway} over the RouterOS binary API, through mikrotik-java 3.0.8
 * ({@code me.legrange:mikrotik}).
 *
 * <p>Each router gets a small pool of logged-in connections ({@link MikrotikSettings}),
 * opened on first use and kept for the next call; the router's password is opened by the
 * {@link PasswordOpener} only to log in. A connection that breaks is closed and the call
 * runs once more on a fresh one; after that the caller gets {@code RouterUnavailable}.
 * Close the gateway to close every connection.
 */
public final class MikrotikRouterGateway implements RouterGateway, AutoCloseable {

    private final RouterConnections connections;

    public MikrotikRouterGateway(PasswordOpener passwords) {
        this(passwords, MikrotikSettings.defaults());
    }

    public MikrotikRouterGateway(PasswordOpener passwords, MikrotikSettings settings) {
        this.connections = new RouterConnections(Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(passwords, "passwords"));
    }

    @Override
    public void ensurePppProfile(RouterLogin nas, String profileName, RateLimit rateLimit) throws RouterFailure {
        requireText(profileName, "profile name");
        Objects.requireNonNull(rateLimit, "rateLimit");
        connections.call(nas, session -> {
            PppProfiles.ensure(session, profileName, rateLimit);
            return null;
        });
    }

    @Override
    public RouterItemId ensurePppSecret(RouterLogin nas, PppSecret desired) throws RouterFailure {
        Objects.requireNonNull(desired, "desired");
        return connections.call(nas, session -> PppSecrets.ensure(session, desired));
    }

    @Override
    public void disablePppSecret(RouterLogin nas, String name) throws RouterFailure {
        requireText(name, "secret name");
        connections.call(nas, session -> {
            PppSecrets.setDisabled(session, name, true);
            return null;
        });
    }

    @Override
    public void enablePppSecret(RouterLogin nas, String name) throws RouterFailure {
        requireText(name, "secret name");
        connections.call(nas, session -> {
            PppSecrets.setDisabled(session, name, false);
            return null;
        });
    }

    @Override
    public void removePppSecret(RouterLogin nas, String name) throws RouterFailure {
        requireText(name, "secret name");
        connections.call(nas, session -> {
            PppSecrets.remove(session, name);
            return null;
        });
    }

    @Override
    public int kickActiveSessions(RouterLogin nas, String username) throws RouterFailure {
        requireText(username, "username");
        return connections.call(nas, session -> PppSessions.kick(session, username));
    }

    @Override
    public void ensureAddressListEntry(RouterLogin nas, String list, String address, String comment)
            throws RouterFailure {
        requireText(list, "address list");
        requireText(address, "address");
        connections.call(nas, session -> {
            AddressLists.ensure(session, list, address, comment);
            return null;
        });
    }

    @Override
    public void removeAddressListEntry(RouterLogin nas, String list, String address) throws RouterFailure {
        requireText(list, "address list");
        requireText(address, "address");
        connections.call(nas, session -> {
            AddressLists.remove(session, list, address);
            return null;
        });
    }

    @Override
    public void ensureSimpleQueue(RouterLogin nas, String name, String targetAddress, RateLimit maxLimit)
            throws RouterFailure {
        requireText(name, "queue name");
        requireText(targetAddress, "target address");
        Objects.requireNonNull(maxLimit, "maxLimit");
        connections.call(nas, session -> {
            SimpleQueues.ensure(session, name, targetAddress, maxLimit);
            return null;
        });
    }

    @Override
    public void removeSimpleQueue(RouterLogin nas, String name) throws RouterFailure {
        requireText(name, "queue name");
        connections.call(nas, session -> {
            SimpleQueues.remove(session, name);
            return null;
        });
    }

    @Override
    public RouterItemId ensureHotspotUser(RouterLogin nas, HotspotUser desired) throws RouterFailure {
        Objects.requireNonNull(desired, "desired");
        return connections.call(nas, session -> HotspotUsers.ensure(session, desired));
    }

    @Override
    public void removeHotspotUser(RouterLogin nas, String name) throws RouterFailure {
        requireText(name, "hotspot user name");
        connections.call(nas, session -> {
            HotspotUsers.remove(session, name);
            return null;
        });
    }

    @Override
    public SystemResource systemResource(RouterLogin nas) throws RouterFailure {
        return connections.call(nas, RouterStatus::resource);
    }

    @Override
    public List<RouterInterface> interfaces(RouterLogin nas) throws RouterFailure {
        return connections.call(nas, RouterStatus::interfaces);
    }

    @Override
    public InterfaceTraffic traffic(RouterLogin nas, String interfaceName) throws RouterFailure {
        requireText(interfaceName, "interface name");
        return connections.call(nas, session -> RouterStatus.traffic(session, interfaceName));
    }

    @Override
    public List<PppSession> activeSessions(RouterLogin nas) throws RouterFailure {
        return connections.call(nas, PppSessions::active);
    }

    @Override
    public List<RouterLogEntry> logSince(RouterLogin nas, RouterItemId lastSeen) throws RouterFailure {
        return connections.call(nas, session -> RouterLog.since(session, lastSeen));
    }

    @Override
    public List<AddressListEntry> addressListEntries(RouterLogin nas, String list) throws RouterFailure {
        requireText(list, "an address list");
        return connections.call(nas, session -> AddressLists.entries(session, list));
    }

    @Override
    public List<PppSecretEntry> pppSecrets(RouterLogin nas) throws RouterFailure {
        return connections.call(nas, PppSecrets::all);
    }

    @Override
    public List<PppSecretEntry> pppSecretsWithPasswords(RouterLogin nas, PasswordSealer sealer) throws RouterFailure {
        Objects.requireNonNull(sealer, "sealer");
        return connections.call(nas, session -> PppSecrets.withPasswords(session, sealer));
    }

    @Override
    public List<PppProfileEntry> pppProfiles(RouterLogin nas) throws RouterFailure {
        return connections.call(nas, PppProfiles::all);
    }

    /** Closes every connection; calls still running finish and close theirs. */
    @Override
    public void close() {
        connections.close();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
