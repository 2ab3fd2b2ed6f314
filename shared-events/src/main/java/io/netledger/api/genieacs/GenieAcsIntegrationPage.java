package io.netledger.api.genieacs;

import io.netledger.api.PageMetadata;
import java.util.List;

public record GenieAcsIntegrationPage(List<GenieAcsIntegrationView> content, PageMetadata page) {

    public GenieAcsIntegrationPage {
        content = List.copyOf(content);
    }
}
