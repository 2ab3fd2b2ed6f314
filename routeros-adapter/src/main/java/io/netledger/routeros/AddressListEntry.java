package io.netledger.routeros;

/**
 * One entry of a firewall address list as found on a router ({@code /ip/firewall/address-list}).
 *
 * @param address a single host without {@code /32}, or a prefix
 * @param comment free text, or null; NetLedger writes {@code netledger:<username>} on its own entries
 */
public record AddressListEntry(RouterItemId id, String list, String address, String comment) {

    public AddressListEntry {
        if (id == null) {
            throw new IllegalArgumentException("an entry on a router has an id");
        }
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("an address-list entry has an address");
        }
    }
}
