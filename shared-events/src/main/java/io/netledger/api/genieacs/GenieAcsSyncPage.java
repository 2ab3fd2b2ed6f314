package io.netledger.api.genieacs;

import io.netledger.api.PageMetadata;
import java.util.List;

public record GenieAcsSyncPage(List<GenieAcsSyncView> content, PageMetadata page) {

    public GenieAcsSyncPage {
        content = List.copyOf(content);
    }
}
