package io.netledger.genieacs;

/** What a test of the connection learns: the GenieACS version (its {@code GenieACS-Version} header) and how many devices it holds. */
public record AcsStatus(String version, long deviceCount) {
}
