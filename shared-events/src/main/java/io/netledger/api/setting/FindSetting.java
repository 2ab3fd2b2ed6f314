package io.netledger.api.setting;

/** Answers the {@link SettingView} with this key, or nothing. */
public record FindSetting(String key) {
}
