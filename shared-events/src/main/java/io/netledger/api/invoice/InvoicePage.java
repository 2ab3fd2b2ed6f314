package io.netledger.api.invoice;

import io.netledger.api.PageMetadata;
import java.util.List;

public record InvoicePage(List<InvoiceView> content, PageMetadata page) {

    public InvoicePage {
        content = List.copyOf(content);
    }
}
