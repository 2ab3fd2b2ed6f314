package io.netledger.api.setting;

import java.util.List;

/** Settings ordered by group, then key. */
public record SettingList(List<SettingView> content) {

    public SettingList {
        content = List.copyOf(content);
    }
}
