package io.netledger.query.subscription;

import io.netledger.api.personal.Erased;
import io.netledger.api.subscription.NetworkAssigned;
import io.netledger.api.subscription.NetworkChanged;
import io.netledger.api.subscription.NetworkView;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code customer_networks}: an address a subscription holds on its router. */
@Entity
@Table(name = "customer_networks")
class NetworkRow extends ProjectedRow {

    @Id
    private long id;
    private long customerId;
    private long subscriptionId;
    private String ipAddress;
    private String macAddress;
    @Column(name = "interface")
    private String interfaceName;
    private String vlanId;
    private String description;
    private boolean isPrimary;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> networkConfig;
    private Instant createdAt;
    private Instant updatedAt;

    protected NetworkRow() {
    }

    NetworkRow(NetworkAssigned assigned, Instant at) {
        id = assigned.networkId();
        customerId = assigned.customerId();
        subscriptionId = assigned.subscriptionId();
        createdAt = at;
        updatedAt = at;
        set(assigned.ipAddress(), assigned.macAddress(), assigned.interfaceName(), assigned.vlanId(),
                assigned.description(), assigned.networkConfig());
        markCreated();
    }

    @Override
    public Long getId() {
        return id;
    }

    void apply(NetworkChanged changed) {
        set(changed.ipAddress(), changed.macAddress(), changed.interfaceName(), changed.vlanId(),
                changed.description(), changed.networkConfig());
    }

    /** Networks are rows of their subscription's aggregate: its version is the subscription row's. */
    @Override
    protected void touched(Instant at, long version) {
        updatedAt = at;
    }

    /** As a replay reads the network once its customer's key is destroyed; the address stays, routers use it. */
    void erase(Instant at) {
        macAddress = Erased.text(macAddress);
        description = Erased.text(description);
        updatedAt = at;
    }

    void setPrimary(boolean primary, Instant at) {
        if (isPrimary != primary) {
            isPrimary = primary;
            updatedAt = at;
        }
    }

    private void set(String ip, String mac, String iface, String vlan, String text, Map<String, Object> config) {
        ipAddress = ip;
        macAddress = mac;
        interfaceName = iface;
        vlanId = vlan;
        description = text;
        networkConfig = config == null || config.isEmpty() ? null : config;
    }

    NetworkView view() {
        return new NetworkView(id, customerId, subscriptionId, ipAddress, macAddress, interfaceName, vlanId,
                description, isPrimary, networkConfig == null ? Map.of() : networkConfig,
                createdAt.atOffset(ZoneOffset.UTC), updatedAt.atOffset(ZoneOffset.UTC));
    }
}
