package io.netledger.api.genieacs;

/** A push queued in GenieACS, to be followed to done or fault. */
public record QueuedCpeTask(long subscriptionId, long pushId, CpeTaskKind kind, long integrationId,
                            String deviceId, String taskId) {
}
