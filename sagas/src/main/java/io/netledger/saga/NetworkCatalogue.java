package io.netledger.saga;

import io.netledger.routeros.RouterLogin;
import io.netledger.routeros.RouterFailure;

/** What the sagas look up before they talk to a router: where it is, what a plan means on it, how to suspend. */
public interface NetworkCatalogue {

    /**
     * How to reach the NAS. {@link io.netledger.routeros.RouterUnavailable} when it is not known (yet),
     * {@link io.netledger.routeros.RouterRejected} when staff deactivated it.
     */
    RouterLogin nas(long nasServerId) throws RouterFailure;

    /** The plan as the router needs it; {@link io.netledger.routeros.RouterUnavailable} when not known (yet). */
    PlanOnRouter plan(long servicePlanId) throws RouterFailure;

    SuspensionPolicy suspension();

    /**
     * Whether NetLedger writes this NAS's accounts. Staff may set {@code configuration.provisioning = "manual"}
     * on a router they keep managing by hand (a partner's router, one not migrated yet): NetLedger then bills
     * its subscriptions and keeps their books, and leaves the router alone. {@code "automatic"} makes NetLedger
     * write it; without either, the installation's default decides ({@code NETLEDGER_ROUTER_PROVISIONING}).
     */
    boolean managesAccounts(long nasServerId);
}
