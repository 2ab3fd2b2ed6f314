package io.netledger.api.nas;

/** Answers a {@link NasServerView}, or nothing. */
public record FindNasServer(long nasId) {
}
