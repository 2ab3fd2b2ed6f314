package io.netledger.command.subscription;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.Dates;
import io.netledger.api.PppUsername;
import io.netledger.api.RuleViolation;
import io.netledger.api.Text;
import io.netledger.api.plan.PlanTerms;
import io.netledger.api.subscription.AssignNetwork;
import io.netledger.api.subscription.ChangeNetwork;
import io.netledger.api.subscription.CreateSubscription;
import io.netledger.api.subscription.ImportRouterAccount;
import io.netledger.api.subscription.NetworkSettings;
import io.netledger.api.subscription.ReleaseNetwork;
import io.netledger.api.subscription.SubscriptionCreated;
import io.netledger.api.subscription.SubscriptionImported;
import io.netledger.api.subscription.TerminateSubscription;
import io.netledger.command.IpLiteral;
import io.netledger.command.claim.UniqueClaims;
import io.netledger.command.customer.CustomerCreation;
import io.netledger.command.customer.CustomerHoldings;
import io.netledger.command.customer.CustomerLookup;
import io.netledger.command.nas.NasLookup;
import io.netledger.command.plan.PlanLookup;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * The subscription commands that hold what must be unique on a router: the PPPoE username
 * and each network's IP address, per NAS. Claims are written in the command's transaction
 * and freed when the subscription or network lets go of them.
 */
@Component
class SubscriptionCreation {

    static final String USERNAME_SCOPE = PppUsername.CLAIM_SCOPE;
    static final String IP_SCOPE = "network.ip";
    private static final Pattern VLAN = Pattern.compile("^[0-9]{1,4}$");

    private final Repository<Subscription> subscriptions;
    private final CustomerHoldings holdings;
    private final UniqueClaims claims;
    private final CustomerLookup customerStates;
    private final CustomerCreation customers;
    private final PlanLookup plans;
    private final NasLookup routers;

    SubscriptionCreation(Repository<Subscription> subscriptions, UniqueClaims claims, CustomerLookup customerStates,
            CustomerCreation customers, PlanLookup plans, NasLookup routers, CustomerHoldings holdings) {
        this.subscriptions = subscriptions;
        this.holdings = holdings;
        this.claims = claims;
        this.customerStates = customerStates;
        this.customers = customers;
        this.plans = plans;
        this.routers = routers;
    }

    /** Price and billing cycle are copied from the plan now: a later price change leaves this subscription be. */
    @CommandHandler
    void handle(CreateSubscription command) throws Exception {
        PppUsername.of(command.username());
        check(command.password() != null, "password is required");
        check(command.startDate() != null, "startDate is required");
        Dates.within("startDate", command.startDate());
        customerStates.requireOpen(command.customerId());
        PlanTerms terms = plans.sellable(command.servicePlanId());
        routers.requireActive(command.nasServerId());
        claims.claim(USERNAME_SCOPE, usernameClaim(command.nasServerId(), command.username()),
                command.subscriptionId(), "username " + command.username() + " is already used on NAS server "
                        + command.nasServerId());
        holdings.subscriptionSold(command.customerId(), command.subscriptionId());
        subscriptions.newInstance(() -> new Subscription(new SubscriptionCreated(command.subscriptionId(),
                command.customerId(), command.servicePlanId(), command.nasServerId(), command.username(),
                command.password(), terms.price(), terms.billingCycle(), command.startDate())));
    }

    /**
     * One account from a router import: the username is claimed before anything else, so a second import of the
     * same secret is refused ({@code AlreadyTaken}) with nothing written; then the customer, the address and the
     * subscription, all in this command's transaction.
     */
    @CommandHandler
    String handle(ImportRouterAccount command) throws Exception {
        PppUsername.of(command.username());
        check(command.password() != null, "password is required");
        check(command.startDate() != null, "startDate is required");
        Dates.within("startDate", command.startDate());
        check(command.mikrotikId() != null && !command.mikrotikId().isBlank(), "mikrotikId is required");
        Text.line("mikrotikId", command.mikrotikId(), 64);
        check((command.remoteAddress() == null) == (command.networkId() == null),
                "a remoteAddress and its networkId come together");
        Map<String, Object> found = new LinkedHashMap<>(command.mikrotikConfig() == null ? Map.of()
                : command.mikrotikConfig());
        found.put("imported", true);
        Text.json("mikrotikConfig", found);
        NetworkSettings network = command.remoteAddress() == null ? null
                : normalised(new NetworkSettings(command.remoteAddress(), null, null, null,
                        "remote-address of the imported PPP secret", true, Map.of()));
        PlanTerms terms = plans.sellable(command.servicePlanId());
        routers.requireActive(command.nasServerId());
        claims.claim(USERNAME_SCOPE, usernameClaim(command.nasServerId(), command.username()),
                command.subscriptionId(), "username " + command.username() + " is already used on NAS server "
                        + command.nasServerId());
        if (network != null) {
            claimIp(command.nasServerId(), network.ipAddress(), command.networkId());
        }
        String code = customers.register(command.customerId(), null, command.customer(), command.startDate());
        SubscriptionCreated created = new SubscriptionCreated(command.subscriptionId(), command.customerId(),
                command.servicePlanId(), command.nasServerId(), command.username(), command.password(), terms.price(),
                terms.billingCycle(), command.startDate());
        SubscriptionImported imported = SubscriptionImported.of(command.subscriptionId(), command.nasServerId(),
                command.mikrotikId().strip(), command.disabled(), found, command.customerId());
        holdings.subscriptionSold(command.customerId(), command.subscriptionId());
        subscriptions.newInstance(() -> new Subscription(created))
                .execute(s -> s.adopt(command.networkId(), network, imported, command.endDate()));
        return code;
    }

    @CommandHandler
    long handle(TerminateSubscription command) {
        Aggregate<Subscription> subscription = subscriptions.load(String.valueOf(command.subscriptionId()),
                command.expectedVersion());
        long nasId = subscription.invoke(Subscription::nasServerId);
        String username = subscription.invoke(Subscription::username);
        Map<Long, String> released = subscription.invoke(s -> s.terminate(command.reason()));
        released.forEach((networkId, ip) -> releaseIp(nasId, ip, networkId));
        claims.release(USERNAME_SCOPE, usernameClaim(nasId, username), command.subscriptionId());
        return subscription.version();
    }

    @CommandHandler
    long handle(AssignNetwork command) {
        NetworkSettings settings = normalised(command.settings());
        Aggregate<Subscription> subscription = subscriptions.load(String.valueOf(command.subscriptionId()),
                command.expectedVersion());
        long nasId = subscription.invoke(Subscription::nasServerId);
        if (settings.ipAddress() != null) {
            claimIp(nasId, settings.ipAddress(), command.networkId());
        }
        subscription.execute(s -> s.assignNetwork(command.networkId(), settings));
        return subscription.version();
    }

    @CommandHandler
    long handle(ChangeNetwork command) {
        NetworkSettings settings = normalised(command.settings());
        Aggregate<Subscription> subscription = subscriptions.load(String.valueOf(command.subscriptionId()),
                command.expectedVersion());
        long nasId = subscription.invoke(Subscription::nasServerId);
        String formerIp = subscription.invoke(s -> s.network(command.networkId())).ipAddress();
        if (!Objects.equals(formerIp, settings.ipAddress())) {
            if (settings.ipAddress() != null) {
                claimIp(nasId, settings.ipAddress(), command.networkId());
            }
            releaseIp(nasId, formerIp, command.networkId());
        }
        subscription.execute(s -> s.changeNetwork(command.networkId(), settings));
        return subscription.version();
    }

    @CommandHandler
    long handle(ReleaseNetwork command) {
        Aggregate<Subscription> subscription = subscriptions.load(String.valueOf(command.subscriptionId()),
                command.expectedVersion());
        long nasId = subscription.invoke(Subscription::nasServerId);
        String ip = subscription.invoke(s -> s.network(command.networkId())).ipAddress();
        subscription.execute(s -> s.releaseNetwork(command.networkId()));
        releaseIp(nasId, ip, command.networkId());
        return subscription.version();
    }

    private void claimIp(long nasId, String ip, long networkId) {
        claims.claim(IP_SCOPE, ipClaim(nasId, ip), networkId, "ipAddress " + ip
                + " is already assigned to another network on NAS server " + nasId);
    }

    private void releaseIp(long nasId, String ip, long networkId) {
        if (ip != null) {
            claims.release(IP_SCOPE, ipClaim(nasId, ip), networkId);
        }
    }

    /** RouterOS compares PPP secret names exactly, so the claim does too. */
    private static String usernameClaim(long nasId, String username) {
        return nasId + "/" + username;
    }

    private static String ipClaim(long nasId, String ip) {
        return nasId + "/" + ip;
    }

    static NetworkSettings normalised(NetworkSettings s) {
        check(s != null, "a network's settings are required");
        check(s.ipAddress() != null || s.macAddress() != null, "a network needs an ipAddress, a macAddress or both");
        String ip;
        String mac;
        try {
            ip = s.ipAddress() == null ? null : IpLiteral.canonical(s.ipAddress());
            mac = s.macAddress() == null ? null : MacAddress.normalise(s.macAddress());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(e.getMessage());
        }
        check(s.vlanId() == null || VLAN.matcher(s.vlanId()).matches()
                && Integer.parseInt(s.vlanId()) >= 1 && Integer.parseInt(s.vlanId()) <= 4094,
                "vlanId is a number from 1 to 4094: " + s.vlanId());
        Text.line("interface", s.interfaceName(), 100);
        Text.lines("description", s.description(), 500);
        Text.json("networkConfig", s.networkConfig());
        String vlan = s.vlanId() == null ? null : String.valueOf(Integer.parseInt(s.vlanId()));
        return new NetworkSettings(ip, mac, s.interfaceName(), vlan, s.description(), s.primary(), s.networkConfig());
    }
}
