package io.netledger.api.subscription;

import io.netledger.api.PageMetadata;
import java.util.List;

public record SubscriptionPage(List<SubscriptionView> content, PageMetadata page) {

    public SubscriptionPage {
        content = List.copyOf(content);
    }
}
