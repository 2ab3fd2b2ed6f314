/**
 * Provisioning: the books lead and the router follows. {@link io.netledger.saga.provisioning.SubscriptionOnRouter}
 * is the saga of one subscription's account on its router; {@link io.netledger.saga.provisioning.RouterWork} is
 * where its current work stands (attempts, retry deadline, given up); {@link
 * io.netledger.saga.provisioning.AccountWriter} carries an attempt out over the RouterOS adapter and
 * {@link io.netledger.saga.provisioning.WorkReports} tells the books how it went.
 *
 * <p>A router that cannot be reached is tried again after a backoff through a persistent deadline; one that
 * refuses, or stays unreachable past the schedule, ends the operation as failed: a provisioning is undone where
 * that would leave a paid-for customer half on, the subscription is suspended as {@code provisioning_failed} by
 * the same command that records the failure (FailRouterWork), and staff can retry it. The books change first
 * and the router follows: staff suspending a customer is never refused because a router is down
 * (docs/adr/0010). On a NAS whose accounts staff manage by hand the books are kept and the router left alone.
 *
 * <p>The scheduled plan change stays in the saga rather than in a class of its own: what it changes is the plan
 * the saga writes to the router, and its deadline only says when; a second saga would need a message of its own
 * to hand the plan over, and would be a second place that knows the router's plan.
 */
package io.netledger.saga.provisioning;
