package io.netledger.api.genieacs;

import io.netledger.api.PageSpec;

/** Answers a {@link CpeDevicePage}; {@code integrationId} null means every ACS, {@code unclaimed} true only devices no subscription has. */
public record FindCpeDevices(Long integrationId, boolean unclaimed, PageSpec page) {
}
