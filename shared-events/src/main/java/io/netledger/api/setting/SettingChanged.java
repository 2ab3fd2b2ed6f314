package io.netledger.api.setting;

import io.netledger.api.AuditAction;

@AuditAction("update")
public record SettingChanged(long settingId, String key, String value) {
}
