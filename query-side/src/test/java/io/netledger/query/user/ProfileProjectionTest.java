package io.netledger.query.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.customer.CustomerErased;
import io.netledger.api.personal.Erased;
import io.netledger.api.user.FindUserProfile;
import io.netledger.api.user.Role;
import io.netledger.api.user.UserProfileUpdated;
import io.netledger.api.user.UserProfileView;
import io.netledger.api.user.UserRegistered;
import io.netledger.query.ProjectionTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProfileProjectionTest extends ProjectionTest {

    @Autowired
    private ProfileProjection projection;
    @Autowired
    private UserProjection users;

    @Test
    void theFirstProfileUpdateIsARowWithTheUsersIdAsItsOwn() {
        long user = Ids.next();
        handle(() -> projection.on(updated(user, "Bandung"), T1, 3));

        Map<String, Object> row = row("""
                select user_id, address, city, province, postal_code, country, birth_date::text as birth_date, gender,
                       photo, bio, created_at, updated_at, aggregate_version from profiles where id = ?""", user);
        assertThat(row).containsEntry("user_id", user).containsEntry("address", "Jl. Dago 5")
                .containsEntry("city", "Bandung").containsEntry("province", "Jawa Barat")
                .containsEntry("postal_code", "40135").containsEntry("country", "ID")
                .containsEntry("birth_date", "1990-04-21").containsEntry("gender", "female")
                .containsEntry("photo", "https://cdn.example.id/siti.jpg").containsEntry("bio", "NOC lead")
                .containsEntry("aggregate_version", 3L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T1);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T1);
    }

    @Test
    void aLaterUpdateReplacesTheProfileAndKeepsItsCreationTime() {
        long user = Ids.next();
        handle(() -> projection.on(updated(user, "Bandung"), T1, 1));
        handle(() -> projection.on(new UserProfileUpdated(user, null, "Jakarta", null, null, "ID", null, null, null,
                null), T2, 2));

        Map<String, Object> row = row("""
                select address, city, birth_date, bio, created_at, updated_at, aggregate_version from profiles
                where id = ?""", user);
        assertThat(row).containsEntry("address", null).containsEntry("city", "Jakarta")
                .containsEntry("birth_date", null).containsEntry("bio", null).containsEntry("aggregate_version", 2L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T1);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T2);
    }

    @Test
    void aUserWithoutAProfileReadsAsAnEmptyOneAndAnUnknownUserAsNone() {
        long user = Ids.next();
        handle(() -> users.on(new UserRegistered(user, "Eka", "eka" + user + "@example.id", "$2a$10$hash", Role.STAFF,
                null), T0, 0));

        assertThat(projection.handle(new FindUserProfile(user))).contains(UserProfileView.empty(user));
        assertThat(projection.handle(new FindUserProfile(Ids.next()))).isEmpty();
        handle(() -> projection.on(updated(user, "Bandung"), T1, 1));
        assertThat(projection.handle(new FindUserProfile(user)).map(UserProfileView::city)).contains("Bandung");
    }

    @Test
    void anErasedLoginsProfileIsErasedWithoutItsBirthDateAndKeepsItsVersion() {
        long user = Ids.next();
        long other = Ids.next();
        handle(() -> {
            projection.on(new UserProfileUpdated(user, "Jl. Dago 5", "Bandung", null, "40135", "ID",
                    LocalDate.of(1990, 4, 21), "female", null, "NOC lead"), T1, 3);
            projection.on(updated(other, "Bogor"), T1, 1);
        });

        handle(() -> projection.on(new CustomerErased(Ids.next(), "asked to be forgotten", List.of(user, Ids.next())),
                T2));

        Map<String, Object> row = row("""
                select user_id, address, city, province, postal_code, country, birth_date, gender, photo, bio,
                       created_at, updated_at, aggregate_version from profiles where id = ?""", user);
        assertThat(row).containsEntry("user_id", user).containsEntry("address", Erased.TEXT)
                .containsEntry("city", Erased.TEXT).containsEntry("province", null)
                .containsEntry("postal_code", Erased.TEXT).containsEntry("country", Erased.TEXT)
                .containsEntry("birth_date", null).containsEntry("gender", Erased.TEXT).containsEntry("photo", null)
                .containsEntry("bio", Erased.TEXT).containsEntry("aggregate_version", 3L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T1);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T2);
        assertThat(row("select city, birth_date::text as birth_date from profiles where id = ?", other))
                .containsEntry("city", "Bogor").containsEntry("birth_date", "1990-04-21");
    }

    @Test
    void resetEmptiesTheTable() {
        handle(() -> projection.on(updated(Ids.next(), "Bandung"), T1, 1));
        handle(projection::reset);

        assertThat(count("select 1 from profiles")).isZero();
    }

    private static UserProfileUpdated updated(long user, String city) {
        return new UserProfileUpdated(user, "Jl. Dago 5", city, "Jawa Barat", "40135", "ID", LocalDate.of(1990, 4, 21),
                "female", "https://cdn.example.id/siti.jpg", "NOC lead");
    }
}
