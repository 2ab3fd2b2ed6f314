package io.netledger.api.invoice;

import java.util.List;

public record PaymentList(List<PaymentView> content) {

    public PaymentList {
        content = List.copyOf(content);
    }
}
