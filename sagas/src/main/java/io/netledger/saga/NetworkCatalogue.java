package io.netledger.saga;

import io.netledger.routeros.NasEndpoint;
import io.netledger.routeros.RouterFailure;

/** What the sagas look up before they talk to a router: where it is, what a plan means on it, how to suspend. */
public interface NetworkCatalogue {

    /**
     * How to reach the NAS. {@link io.netledger.routeros.RouterUnavailable} when it is not known (yet),
     * {@link io.netledger.routeros.RouterRejected} when staff deactivated it.
     */
    NasEndpoint nas(long nasServerId) throws RouterFailure;

    /** The plan as the router needs it; {@link io.netledger.routeros.RouterUnavailable} when not known (yet). */
    PlanOnRouter plan(long servicePlanId) throws RouterFailure;

    SuspensionPolicy suspension();
}
