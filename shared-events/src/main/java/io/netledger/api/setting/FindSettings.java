package io.netledger.api.setting;

/** Answers a {@link SettingList}: every setting, or only the public ones, optionally of one group. */
public record FindSettings(boolean publicOnly, String group) {
}
