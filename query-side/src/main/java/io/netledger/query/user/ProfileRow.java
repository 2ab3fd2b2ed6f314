package io.netledger.query.user;

import io.netledger.api.personal.Erased;
import io.netledger.api.user.UserProfileUpdated;
import io.netledger.api.user.UserProfileView;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A row of {@code profiles}: one per user that filled one in, with the user's id as its own. */
@Entity
@Table(name = "profiles")
class ProfileRow extends ProjectedRow {

    @Id
    private long id;
    private long userId;
    private String address;
    private String city;
    private String province;
    private String postalCode;
    private String country;
    private LocalDate birthDate;
    private String gender;
    private String photo;
    private String bio;
    private Instant createdAt;
    private Instant updatedAt;
    private long aggregateVersion;

    protected ProfileRow() {
    }

    ProfileRow(long userId, Instant at) {
        this.id = userId;
        this.userId = userId;
        this.createdAt = at;
        markCreated();
    }

    @Override
    public Long getId() {
        return id;
    }

    void apply(UserProfileUpdated e) {
        address = e.address();
        city = e.city();
        province = e.province();
        postalCode = e.postalCode();
        country = e.country();
        birthDate = e.birthDate();
        gender = e.gender();
        photo = e.photo();
        bio = e.bio();
    }

    /** As a replay reads the profile once its user's key is destroyed; its user's version stays its own. */
    void erase(Instant at) {
        address = Erased.text(address);
        city = Erased.text(city);
        province = Erased.text(province);
        postalCode = Erased.text(postalCode);
        country = Erased.text(country);
        birthDate = null;
        gender = Erased.text(gender);
        photo = Erased.text(photo);
        bio = Erased.text(bio);
        updatedAt = at;
    }

    /** A profile has no aggregate of its own: its version is its user's at the last change. */
    @Override
    protected void touched(Instant at, long version) {
        updatedAt = at;
        aggregateVersion = version;
    }

    UserProfileView view() {
        return new UserProfileView(id, userId, address, city, province, postalCode, country, birthDate, gender, photo,
                bio, createdAt.atOffset(ZoneOffset.UTC), updatedAt.atOffset(ZoneOffset.UTC), aggregateVersion);
    }
}
