package io.netledger.api.nas;

/**
 * Answers the {@link NasEndpoint} of a NAS, or nothing: how to log in to it, password
 * still sealed. For in-process callers that talk to the router; never a response body.
 */
public record FindNasEndpoint(long nasId) {
}
