package io.netledger.saga;

/**
 * How this ISP suspends (settings {@code network.suspension_mode}, {@code network.isolir_address_list},
 * {@code billing.suspension_grace_days}): by disabling the account and ending its sessions, or, in
 * {@code isolir} mode, by putting the customer's IP on the address list that redirects to the payment page.
 */
public record SuspensionPolicy(boolean isolir, String isolirList, int graceDays) {

    public static final SuspensionPolicy DEFAULT = new SuspensionPolicy(false, "isolir", 3);

    public SuspensionPolicy {
        isolirList = isolirList == null || isolirList.isBlank() ? "isolir" : isolirList.strip();
        graceDays = Math.max(0, graceDays);
    }
}
