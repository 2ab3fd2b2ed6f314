package io.netledger.api;

import java.util.OptionalLong;

/**
 * Who reads, as far as whose records are concerned: staff and administrators read every
 * customer's; a CUSTOMER login reads its own customer's only, and to it the others do not
 * exist. Built from the caller's token by the web layer; query endpoints take it as an
 * argument instead of looking at the security context themselves.
 *
 * @param customerId the one customer this viewer may read, or null for staff (no narrowing)
 */
public record Viewer(Long customerId) {

    /** A customer login whose token names no customer may read nothing: no row has this id. */
    private static final long NO_CUSTOMER = -1;

    public static Viewer staff() {
        return new Viewer(null);
    }

    /** A CUSTOMER login; {@code customerId} null when its token names none. */
    public static Viewer customer(Long customerId) {
        return new Viewer(customerId == null ? NO_CUSTOMER : customerId);
    }

    /** Empty for staff; the one customer this viewer is narrowed to otherwise. */
    public OptionalLong ownCustomer() {
        return customerId == null ? OptionalLong.empty() : OptionalLong.of(customerId);
    }

    /** Whether this viewer may read what belongs to {@code customerId}. */
    public boolean mayRead(long customerId) {
        return this.customerId == null || this.customerId == customerId;
    }
}
