package io.netledger.query.customer;

import io.netledger.api.customer.CustomerDetails;
import io.netledger.api.customer.CustomerStatus;
import io.netledger.api.customer.CustomerView;
import io.netledger.api.personal.Erased;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code customers}. */
@Entity
@Table(name = "customers")
class CustomerRow extends ProjectedRow {

    @Id
    private long id;
    private String customerCode;
    private String name;
    private String email;
    private String phone;
    private String address;
    private String city;
    private String province;
    private String postalCode;
    private String status;
    private LocalDate registrationDate;
    private String notes;
    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> metadata;
    private Instant createdAt;
    private Instant updatedAt;
    private long aggregateVersion;

    protected CustomerRow() {
    }

    CustomerRow(long id, String customerCode, LocalDate registrationDate, Instant at) {
        this.id = id;
        this.customerCode = customerCode;
        this.registrationDate = registrationDate;
        this.status = CustomerStatus.ACTIVE.value();
        this.createdAt = at;
        markCreated();
    }

    @Override
    public Long getId() {
        return id;
    }

    void apply(CustomerDetails d) {
        name = d.name();
        email = d.email();
        phone = d.phone();
        address = d.address();
        city = d.city();
        province = d.province();
        postalCode = d.postalCode();
        notes = d.notes();
        metadata = d.metadata().isEmpty() ? null : d.metadata();
    }

    /** His details as a replay reads them once his key is destroyed: each text he gave as erased, no metadata. */
    void erase() {
        name = Erased.text(name);
        email = Erased.text(email);
        phone = Erased.text(phone);
        address = Erased.text(address);
        city = Erased.text(city);
        province = Erased.text(province);
        postalCode = Erased.text(postalCode);
        notes = Erased.text(notes);
        metadata = Map.of();
    }

    void setStatus(CustomerStatus newStatus) {
        status = newStatus.value();
    }

    @Override
    protected void touched(Instant at, long version) {
        updatedAt = at;
        aggregateVersion = version;
    }

    CustomerView view() {
        return new CustomerView(id, customerCode, name, email, phone, address, city, province, postalCode,
                CustomerStatus.fromValue(status), registrationDate, notes, metadata == null ? Map.of() : metadata,
                createdAt.atOffset(ZoneOffset.UTC), updatedAt.atOffset(ZoneOffset.UTC), aggregateVersion);
    }
}
