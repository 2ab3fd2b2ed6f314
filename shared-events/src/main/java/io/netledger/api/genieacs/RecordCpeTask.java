package io.netledger.api.genieacs;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What became of a push, as the pusher learnt it from GenieACS. */
public record RecordCpeTask(@TargetAggregateIdentifier long subscriptionId, long pushId, CpeTaskKind kind,
                            CpeTaskState state, Long integrationId, String deviceId, String taskId,
                            String faultCode, String faultMessage) {
}
