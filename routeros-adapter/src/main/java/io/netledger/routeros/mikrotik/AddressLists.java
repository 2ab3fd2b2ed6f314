package io.netledger.routeros.mikrotik;

import static io.netledger.routeros.mikrotik.RouterMenu.key;

import io.netledger.routeros.AddressListEntry;
import io.netledger.routeros.RouterFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    static List<AddressListEntry> entries(RouterSession session, String list) throws RouterFailure {
        List<AddressListEntry> entries = new ArrayList<>();
        for (Map<String, String> row : MENU.print(session, Map.of("list", list),
                List.of(RouterMenu.ID, "list", "address", "comment"))) {
            entries.add(new AddressListEntry(RouterMenu.id(row), row.get("list"),
                    RouterValues.bareHost(row.get("address")), RouterValues.absentIfBlank(row.get("comment"))));
        }
        return entries;
    }

    static void remove(RouterSession session, String list, String address) throws RouterFailure {
        MENU.removeAll(session, key("list", list, "address", RouterValues.bareHost(address)));
    }
}
