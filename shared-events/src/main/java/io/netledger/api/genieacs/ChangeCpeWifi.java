package io.netledger.api.genieacs;

import io.netledger.api.secret.Sealed;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A new Wi-Fi name and passphrase for the subscription's CPE; the passphrase arrives sealed, checked before. */
public record ChangeCpeWifi(@TargetAggregateIdentifier long subscriptionId, long pushId, String ssid,
                            Sealed passphrase) {
}
