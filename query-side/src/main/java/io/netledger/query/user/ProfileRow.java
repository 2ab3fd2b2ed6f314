package io.netledger.query.user;

import io.netledger.api.user.ProfileView;
import io.netledger.api.user.UserProfile;
import io.netledger.query.ProjectedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code profiles}, written the first time its user tells something; its id is the user's. */
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

    void apply(UserProfile p, Instant at, long version) {
        address = p.address();
        city = p.city();
        province = p.province();
        postalCode = p.postalCode();
        country = p.country();
        birthDate = p.birthDate();
        gender = p.gender();
        photo = p.photo();
        bio = p.bio();
        updatedAt = at;
        aggregateVersion = version;
    }

    static ProfileView nothingTold(long userId, long userVersion) {
        return new ProfileView(userId, null, null, null, null, null, null, null, null, null, userVersion);
    }

    ProfileView view(long userVersion) {
        return new ProfileView(userId, address, city, province, postalCode, country, birthDate, gender, photo, bio,
                userVersion);
    }
}
