package io.netledger.saga.provisioning;

/**
 * A subscription's account as the books say it should be on its router.
 *
 * @param address      the primary IP, or null (PPPoE from a pool)
 * @param staleAddress a former primary IP that may still be on the isolir list, or null
 */
record AccountInBooks(long nasServerId, String username, String encryptedPassword, long servicePlanId,
                      String address, String staleAddress) {
}
