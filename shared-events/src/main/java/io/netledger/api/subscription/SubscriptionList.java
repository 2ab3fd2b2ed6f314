package io.netledger.api.subscription;

import java.util.List;

public record SubscriptionList(List<SubscriptionView> content) {

    public SubscriptionList {
        content = List.copyOf(content);
    }
}
