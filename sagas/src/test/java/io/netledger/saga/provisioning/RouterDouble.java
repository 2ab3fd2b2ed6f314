package io.netledger.saga.provisioning;

import io.netledger.routeros.AddressListEntry;
import io.netledger.routeros.HotspotUser;
import io.netledger.routeros.InterfaceTraffic;
import io.netledger.routeros.RouterLogin;
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
import io.netledger.routeros.RouterRejected;
import io.netledger.routeros.RouterUnavailable;
import io.netledger.routeros.SystemResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A router in memory for the saga fixture tests, keeping what the saga's calls would leave on a MikroTik, and
 * failing a named call on demand. The real client against the simulator is tested end to end in the app.
 */
final class RouterDouble implements RouterGateway {

    final Map<String, RateLimit> profiles = new HashMap<>();
    final Map<String, PppSecret> secrets = new HashMap<>();
    final Map<String, Set<String>> addressLists = new HashMap<>();
    final Map<String, RateLimit> queues = new HashMap<>();
    final Map<String, HotspotUser> hotspotUsers = new HashMap<>();
    final List<String> kicked = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    private final Map<String, Integer> unavailable = new HashMap<>();
    private final Set<String> rejected = new HashSet<>();

    /** The next {@code times} calls of {@code call} (e.g. {@code ensurePppSecret}) find the router unreachable. */
    RouterDouble unreachableFor(String call, int times) {
        unavailable.put(call, times);
        return this;
    }

    /** Every call of {@code call} is refused by the router. */
    RouterDouble refusing(String call) {
        rejected.add(call);
        return this;
    }

    RouterDouble healed() {
        unavailable.clear();
        rejected.clear();
        return this;
    }

    boolean onIsolir(String list, String address) {
        return addressLists.getOrDefault(list, Set.of()).contains(address);
    }

    private void call(String name) throws RouterFailure {
        calls.add(name);
        if (rejected.contains(name)) {
            throw new RouterRejected("failure: input does not match any value of profile");
        }
        int left = unavailable.getOrDefault(name, 0);
        if (left > 0) {
            unavailable.put(name, left - 1);
            throw new RouterUnavailable("connect timed out", null, RouterFailure.Reason.TIMEOUT);
        }
    }

    @Override
    public void ensurePppProfile(RouterLogin nas, String profileName, RateLimit rateLimit) throws RouterFailure {
        call("ensurePppProfile");
        profiles.put(profileName, rateLimit);
    }

    @Override
    public RouterItemId ensurePppSecret(RouterLogin nas, PppSecret desired) throws RouterFailure {
        call("ensurePppSecret");
        secrets.put(desired.name(), desired);
        return new RouterItemId("*" + Integer.toHexString(desired.name().hashCode() & 0xfff).toUpperCase());
    }

    @Override
    public void disablePppSecret(RouterLogin nas, String name) throws RouterFailure {
        throw new AssertionError("the saga disables through ensurePppSecret, which also creates a missing secret");
    }

    @Override
    public void enablePppSecret(RouterLogin nas, String name) throws RouterFailure {
        throw new AssertionError("the saga enables through ensurePppSecret, which also creates a missing secret");
    }

    @Override
    public void removePppSecret(RouterLogin nas, String name) throws RouterFailure {
        call("removePppSecret");
        secrets.remove(name);
    }

    @Override
    public int kickActiveSessions(RouterLogin nas, String username) throws RouterFailure {
        call("kickActiveSessions");
        kicked.add(username);
        return 1;
    }

    @Override
    public void ensureAddressListEntry(RouterLogin nas, String list, String address, String comment)
            throws RouterFailure {
        call("ensureAddressListEntry");
        addressLists.computeIfAbsent(list, l -> new HashSet<>()).add(address);
    }

    @Override
    public void removeAddressListEntry(RouterLogin nas, String list, String address) throws RouterFailure {
        call("removeAddressListEntry");
        addressLists.getOrDefault(list, new HashSet<>()).remove(address);
    }

    @Override
    public void ensureSimpleQueue(RouterLogin nas, String name, String targetAddress, RateLimit maxLimit)
            throws RouterFailure {
        call("ensureSimpleQueue");
        queues.put(name, maxLimit);
    }

    @Override
    public void removeSimpleQueue(RouterLogin nas, String name) throws RouterFailure {
        call("removeSimpleQueue");
        queues.remove(name);
    }

    @Override
    public RouterItemId ensureHotspotUser(RouterLogin nas, HotspotUser desired) throws RouterFailure {
        call("ensureHotspotUser");
        hotspotUsers.put(desired.name(), desired);
        return new RouterItemId("*A1");
    }

    @Override
    public void removeHotspotUser(RouterLogin nas, String name) throws RouterFailure {
        call("removeHotspotUser");
        hotspotUsers.remove(name);
    }

    @Override
    public SystemResource systemResource(RouterLogin nas) {
        throw new AssertionError("the saga does not read the router");
    }

    @Override
    public List<RouterInterface> interfaces(RouterLogin nas) {
        throw new AssertionError("the saga does not read the router");
    }

    @Override
    public InterfaceTraffic traffic(RouterLogin nas, String interfaceName) {
        throw new AssertionError("the saga does not read the router");
    }

    @Override
    public List<PppSession> activeSessions(RouterLogin nas) {
        throw new AssertionError("the saga does not read the router");
    }

    @Override
    public List<RouterLogEntry> logSince(RouterLogin nas, RouterItemId lastSeen) {
        throw new AssertionError("the saga does not read the router");
    }

    @Override
    public List<AddressListEntry> addressListEntries(RouterLogin nas, String list) {
        throw new AssertionError("the saga does not read the router");
    }

    @Override
    public List<PppSecretEntry> pppSecrets(RouterLogin nas) {
        throw new AssertionError("the saga does not read the router");
    }

    @Override
    public List<PppSecretEntry> pppSecretsWithPasswords(RouterLogin nas, PasswordSealer sealer) {
        throw new AssertionError("the saga does not read the router");
    }

    @Override
    public List<PppProfileEntry> pppProfiles(RouterLogin nas) {
        throw new AssertionError("the saga does not read the router");
    }
}
