package io.netledger.saga.provisioning;

import io.netledger.api.subscription.SubscriptionCreated;

/**
 * A subscription's account as the books say it should be on its router: where, who, which plan, which
 * addresses, and whether the plan's fair-usage terms hold. The saga keeps the latest one and hands it to the {@link AccountWriter}.
 */
record AccountInBooks(long nasServerId, String username, String encryptedPassword, long servicePlanId,
                      Addresses addresses, boolean fairUsage) {

    static AccountInBooks of(SubscriptionCreated created) {
        return new AccountInBooks(created.nasServerId(), created.username(), created.passwordEncrypted().value(),
                created.servicePlanId(), Addresses.none(), false);
    }

    /** The primary IP, or null (PPPoE from a pool). */
    String address() {
        return addresses.primary();
    }

    /** A former primary IP that may still be on the isolir list, or null. */
    String staleAddress() {
        return addresses.stale();
    }

    AccountInBooks withPassword(String encrypted) {
        return new AccountInBooks(nasServerId, username, encrypted, servicePlanId, addresses, fairUsage);
    }

    AccountInBooks withPlan(long planId) {
        return new AccountInBooks(nasServerId, username, encryptedPassword, planId, addresses, fairUsage);
    }

    AccountInBooks with(Addresses next) {
        return new AccountInBooks(nasServerId, username, encryptedPassword, servicePlanId, next, fairUsage);
    }

    /** Under the plan's fair-usage terms (its data limit reached this period) or back on its own. */
    AccountInBooks withFairUsage(boolean applied) {
        return new AccountInBooks(nasServerId, username, encryptedPassword, servicePlanId, addresses, applied);
    }
}
