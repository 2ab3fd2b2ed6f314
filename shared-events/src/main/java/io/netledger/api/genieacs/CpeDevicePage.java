package io.netledger.api.genieacs;

import io.netledger.api.PageMetadata;
import java.util.List;

public record CpeDevicePage(List<CpeDeviceView> content, PageMetadata page) {

    public CpeDevicePage {
        content = List.copyOf(content);
    }
}
