package io.netledger.routeros.mikrotik;

import static io.netledger.routeros.mikrotik.RouterMenu.key;

import io.netledger.routeros.RouterFailure;
import java.util.List;

/**
 * Firewall address lists such as {@code isolir}: {@code /ip/firewall/address-list}. A single
 * host is looked for as the router stores it, without {@code /32}.
 */
final class AddressLists {

    private static final RouterMenu MENU = new RouterMenu("/ip/firewall/address-list");

    private AddressLists() {
    }

    /** A null comment leaves the comment of an entry already there as it is. */
    static void ensure(RouterSession session, String list, String address, String comment) throws RouterFailure {
        List<Wanted> wanted = comment == null || comment.isBlank() ? List.of() : List.of(Wanted.text("comment", comment));
        MENU.ensure(session, key("list", list, "address", RouterValues.bareHost(address)), wanted);
    }

    static void remove(RouterSession session, String list, String address) throws RouterFailure {
        MENU.removeAll(session, key("list", list, "address", RouterValues.bareHost(address)));
    }
}
