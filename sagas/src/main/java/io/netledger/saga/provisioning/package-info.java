/**
 * Provisioning: the books lead and the router follows. {@link io.netledger.saga.provisioning.SubscriptionOnRouter}
 * is the saga of one subscription's account on its router; {@link io.netledger.saga.provisioning.RouterWork} is
 * where its current work stands (attempts, retry deadline, given up); {@link
 * io.netledger.saga.provisioning.AccountWriter} carries an attempt out over the RouterOS adapter and
 * {@link io.netledger.saga.provisioning.WorkReports} tells the books how it went.
 *
 * <p>The scheduled plan change stays in the saga rather than in a class of its own: what it changes is the plan
 * the saga writes to the router, and its deadline only says when; a second saga would need a message of its own
 * to hand the plan over, and would be a second place that knows the router's plan.
 */
package io.netledger.saga.provisioning;
