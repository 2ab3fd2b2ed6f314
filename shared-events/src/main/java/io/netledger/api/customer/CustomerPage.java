package io.netledger.api.customer;

import io.netledger.api.PageMetadata;
import java.util.List;

public record CustomerPage(List<CustomerView> content, PageMetadata page) {

    public CustomerPage {
        content = List.copyOf(content);
    }
}
