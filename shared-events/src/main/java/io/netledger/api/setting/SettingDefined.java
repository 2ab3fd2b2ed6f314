package io.netledger.api.setting;

import io.netledger.api.AuditAction;

@AuditAction("create")
public record SettingDefined(long settingId, String key, String value, SettingType type, String group,
                             String description, boolean isPublic) {
}
