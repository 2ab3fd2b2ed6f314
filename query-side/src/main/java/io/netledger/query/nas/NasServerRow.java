package io.netledger.query.nas;

import io.netledger.api.nas.ApiType;
import io.netledger.api.nas.NasConnection;
import io.netledger.api.nas.NasEndpoint;
import io.netledger.api.nas.NasServerView;
import io.netledger.api.nas.NasStatus;
import io.netledger.api.secret.Sealed;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code nas_servers}. The design document has no TLS column; whether the API is
 * reached over TLS is kept in {@code configuration} as {@code "tls"}.
 */
@Entity
@Table(name = "nas_servers")
class NasServerRow extends ProjectedRow {

    private static final String TLS = "tls";

    @Id
    private long id;
    private String name;
    private String ipAddress;
    private int port;
    private String username;
    private String passwordEncrypted;
    private String apiType;
    private String version;
    private boolean isActive;
    private String description;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> configuration;
    private Instant lastSync;
    private Instant createdAt;
    private Instant updatedAt;
    private long aggregateVersion;
    private Boolean online;
    private Instant onlineChangedAt;

    protected NasServerRow() {
    }

    @Override
    public Long getId() {
        return id;
    }

    NasServerRow(long id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
        this.isActive = true;
        markCreated();
    }

    void apply(NasConnection c) {
        name = c.name();
        ipAddress = c.ipAddress();
        port = c.port();
        username = c.username();
        apiType = c.apiType().value();
        description = c.description();
        Map<String, Object> settings = new HashMap<>(c.configuration());
        settings.put(TLS, c.tls());
        configuration = settings;
    }

    void sealedPassword(Sealed password) {
        passwordEncrypted = password.value();
    }

    void setActive(boolean active) {
        isActive = active;
    }

    void reachable(boolean answers, Instant at) {
        online = answers;
        onlineChangedAt = at;
    }

    @Override
    protected void touched(Instant at, long version) {
        updatedAt = at;
        aggregateVersion = version;
    }

    NasServerView view() {
        Map<String, Object> settings = new HashMap<>(configuration == null ? Map.of() : configuration);
        boolean tls = Boolean.TRUE.equals(settings.remove(TLS));
        return new NasServerView(id, name, ipAddress, port, username, ApiType.fromValue(apiType), tls, version,
                isActive, description, settings, at(lastSync), at(createdAt), at(updatedAt), aggregateVersion,
                new NasStatus(online, at(onlineChangedAt), null, null, null, null));
    }

    NasEndpoint endpoint() {
        boolean tls = configuration != null && Boolean.TRUE.equals(configuration.get(TLS));
        return new NasEndpoint(id, ipAddress, port, username, new Sealed(passwordEncrypted), tls,
                ApiType.fromValue(apiType), isActive);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
