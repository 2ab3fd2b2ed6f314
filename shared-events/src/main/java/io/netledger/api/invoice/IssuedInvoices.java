package io.netledger.api.invoice;

import java.util.List;
import java.util.Map;

/**
 * What {@link IssueInvoices} did, by subscription id: invoiced (with the invoice number),
 * billed already for that period, or refused with the reason a person can act on.
 */
public record IssuedInvoices(Map<Long, String> issued, List<Long> alreadyBilled, Map<Long, String> refused) {

    public IssuedInvoices {
        issued = Map.copyOf(issued);
        alreadyBilled = List.copyOf(alreadyBilled);
        refused = Map.copyOf(refused);
    }
}
