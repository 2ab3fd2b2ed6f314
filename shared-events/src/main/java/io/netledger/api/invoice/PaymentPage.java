package io.netledger.api.invoice;

import io.netledger.api.PageMetadata;
import java.util.List;

public record PaymentPage(List<PaymentView> content, PageMetadata page) {

    public PaymentPage {
        content = List.copyOf(content);
    }
}
