package io.netledger.api.nas;

import io.netledger.api.PageSpec;

/** Answers a {@link NasServerPage}; {@code active} null means all. */
public record FindNasServers(Boolean active, PageSpec page) {
}
