package io.netledger.api.subscription;

import java.util.List;

public record NetworkList(List<NetworkView> content) {

    public NetworkList {
        content = List.copyOf(content);
    }
}
