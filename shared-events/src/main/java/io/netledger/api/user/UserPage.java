package io.netledger.api.user;

import io.netledger.api.PageMetadata;
import java.util.List;

public record UserPage(List<UserView> content, PageMetadata page) {

    public UserPage {
        content = List.copyOf(content);
    }
}
