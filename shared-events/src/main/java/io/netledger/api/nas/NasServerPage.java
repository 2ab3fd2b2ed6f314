package io.netledger.api.nas;

import io.netledger.api.PageMetadata;
import java.util.List;

public record NasServerPage(List<NasServerView> content, PageMetadata page) {

    public NasServerPage {
        content = List.copyOf(content);
    }
}
