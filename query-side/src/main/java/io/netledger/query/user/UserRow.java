package io.netledger.query.user;

import io.netledger.api.personal.Erased;
import io.netledger.api.user.Role;
import io.netledger.api.user.UserView;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;

@Entity
@Table(name = "users")
class UserRow extends ProjectedRow {

    @Id
    private long id;
    private String name;
    private String email;
    private String password;
    private String phone;
    private String role;
    private Long customerId;
    private boolean isActive;
    private Instant emailVerifiedAt;
    private Instant createdAt;
    private Instant updatedAt;
    private long aggregateVersion;
    private Long lastDeactivationVersion;

    protected UserRow() {
    }

    @Override
    public Long getId() {
        return id;
    }

    UserRow(long id, String name, String email, String passwordHash, Role role, Long customerId, Instant at,
            long version) {
        this.id = id;
        this.name = name;
        this.email = email;
        this.password = passwordHash;
        this.role = role.value();
        this.customerId = customerId;
        this.isActive = true;
        this.createdAt = at;
        this.updatedAt = at;
        this.aggregateVersion = version;
        markCreated();
    }

    void setActive(boolean active) {
        isActive = active;
    }

    /** Remembered for good: tokens issued before a deactivation stay ended after a reactivation. */
    void deactivate(long version) {
        lastDeactivationVersion = version;
        setActive(false);
    }

    /**
     * As a replay reads the login once its key is destroyed, and shut as a deactivation shuts it. The event is
     * the customer's, not the user's: the row keeps its version (the ETag the user's commands are checked
     * against), and that version stamps the deactivation, a value no token issued while active carries.
     */
    void erase(Instant at) {
        name = Erased.text(name);
        email = Erased.text(email);
        phone = Erased.text(phone);
        deactivate(aggregateVersion);
        updatedAt = at;
    }

    void setRole(Role newRole) {
        role = newRole.value();
    }

    void setPassword(String passwordHash) {
        password = passwordHash;
    }

    void emailVerified(Instant at) {
        emailVerifiedAt = at;
    }

    @Override
    protected void touched(Instant at, long version) {
        updatedAt = at;
        aggregateVersion = version;
    }

    UserView view() {
        return new UserView(id, name, email, phone, Role.fromValue(role), customerId, isActive,
                emailVerifiedAt == null ? null : emailVerifiedAt.atOffset(ZoneOffset.UTC),
                createdAt.atOffset(ZoneOffset.UTC), updatedAt.atOffset(ZoneOffset.UTC), aggregateVersion);
    }
}
