package io.netledger.query.genieacs;

import io.netledger.api.genieacs.CpeLinkRule;
import io.netledger.api.genieacs.GenieAcsConfiguration;
import io.netledger.api.genieacs.GenieAcsConnection;
import io.netledger.api.genieacs.GenieAcsEndpoint;
import io.netledger.api.genieacs.GenieAcsIntegrationView;
import io.netledger.api.secret.Sealed;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code geniacs_integrations} (the design document's spelling). The key column holds the sealed value
 * only; the key header, which the document has no column for, is kept in {@code configuration}.
 */
@Entity
@Table(name = "geniacs_integrations")
class GenieAcsIntegrationRow extends ProjectedRow {

    private static final String KEY_HEADER = "keyHeader";

    @Id
    private long id;
    private String endpointUrl;
    private String apiKeyEncrypted;
    private String apiVersion;
    private boolean isActive;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> configuration;
    private Instant lastSync;
    private Instant createdAt;
    private Instant updatedAt;
    private long aggregateVersion;

    protected GenieAcsIntegrationRow() {
    }

    GenieAcsIntegrationRow(long id, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
        this.isActive = true;
        markCreated();
    }

    @Override
    public Long getId() {
        return id;
    }

    void apply(GenieAcsConnection c) {
        endpointUrl = c.endpointUrl();
        apiVersion = c.apiVersion();
        GenieAcsConfiguration s = c.configuration();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("linkBy", s.linkBy().value());
        settings.put("tagPrefix", s.tagPrefix());
        settings.put("syncIntervalMinutes", s.syncIntervalMinutes());
        settings.put("onlineWithinMinutes", s.onlineWithinMinutes());
        settings.put("disableWanOnSuspension", s.disableWanOnSuspension());
        settings.put("removeTagsOnTermination", s.removeTagsOnTermination());
        settings.put("readParameters", s.readParameters());
        settings.put(KEY_HEADER, c.keyHeader());
        configuration = settings;
    }

    void sealedApiKey(Sealed apiKey) {
        apiKeyEncrypted = apiKey == null ? null : apiKey.value();
    }

    void setActive(boolean active) {
        isActive = active;
    }

    void synced(Instant at) {
        lastSync = at;
    }

    @Override
    protected void touched(Instant at, long version) {
        updatedAt = at;
        if (version != NO_VERSION) {
            aggregateVersion = version;
        }
    }

    GenieAcsIntegrationView view() {
        return new GenieAcsIntegrationView(id, endpointUrl, apiVersion, keyHeader(), apiKeyEncrypted != null,
                isActive, settings(), at(lastSync), at(createdAt), at(updatedAt), aggregateVersion);
    }

    GenieAcsEndpoint endpoint() {
        return new GenieAcsEndpoint(id, endpointUrl, keyHeader(), apiKeyEncrypted == null ? null
                : new Sealed(apiKeyEncrypted), isActive, settings(), aggregateVersion);
    }

    private String keyHeader() {
        Object header = configuration.get(KEY_HEADER);
        return header == null ? GenieAcsConnection.DEFAULT_KEY_HEADER : header.toString();
    }

    @SuppressWarnings("unchecked")
    private GenieAcsConfiguration settings() {
        Map<String, Object> c = configuration;
        return new GenieAcsConfiguration(CpeLinkRule.fromValue(String.valueOf(c.get("linkBy"))),
                (String) c.get("tagPrefix"), number(c.get("syncIntervalMinutes")),
                number(c.get("onlineWithinMinutes")), (Boolean) c.get("disableWanOnSuspension"),
                (Boolean) c.get("removeTagsOnTermination"), (List<String>) c.get("readParameters"));
    }

    private static Integer number(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
