package io.netledger.query.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.netledger.api.Ids;
import io.netledger.api.PageSpec;
import io.netledger.api.customer.CustomerErased;
import io.netledger.api.personal.Erased;
import io.netledger.api.user.FindLoginAccount;
import io.netledger.api.user.FindLoginAccountById;
import io.netledger.api.user.FindUser;
import io.netledger.api.user.FindUsers;
import io.netledger.api.user.LoginAccount;
import io.netledger.api.user.PasswordChanged;
import io.netledger.api.user.Role;
import io.netledger.api.user.UserActivated;
import io.netledger.api.user.UserDeactivated;
import io.netledger.api.user.UserEmailVerified;
import io.netledger.api.user.UserRegistered;
import io.netledger.api.user.UserRoleChanged;
import io.netledger.api.user.UserView;
import io.netledger.query.ProjectionTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class UserProjectionTest extends ProjectionTest {

    @Autowired
    private UserProjection projection;

    @Test
    void registeredUserIsAnActiveRowWithItsHashRoleAndCustomer() {
        long customer = Ids.next();
        long id = registered("Siti", "siti" + customer + "@example.id", Role.CUSTOMER, customer);

        Map<String, Object> row = row("""
                select name, email, password, phone, role, customer_id, is_active, email_verified_at, created_at,
                       updated_at, aggregate_version from users where id = ?""", id);
        assertThat(row).containsEntry("name", "Siti").containsEntry("email", "siti" + customer + "@example.id")
                .containsEntry("password", "$2a$10$hash").containsEntry("phone", null)
                .containsEntry("role", "customer").containsEntry("customer_id", customer)
                .containsEntry("is_active", true).containsEntry("email_verified_at", null)
                .containsEntry("aggregate_version", 0L);
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T0);
    }

    @Test
    void deactivationRoleAndPasswordChangesAndVerificationUpdateTheRowAndItsVersion() {
        long id = registered("Budi", "budi" + Ids.next() + "@example.id", Role.STAFF, null);
        handle(() -> {
            projection.on(new UserDeactivated(id), T1, 1);
            projection.on(new UserRoleChanged(id, Role.ADMIN), T1, 2);
            projection.on(new PasswordChanged(id, "$2a$10$other"), T1, 3);
            projection.on(new UserEmailVerified(id), T2, 4);
        });
        Map<String, Object> row = row("""
                select is_active, role, password, email_verified_at, created_at, updated_at, aggregate_version
                from users where id = ?""", id);
        assertThat(row).containsEntry("is_active", false).containsEntry("role", "admin")
                .containsEntry("password", "$2a$10$other").containsEntry("aggregate_version", 4L);
        assertThat(instant(row.get("email_verified_at"))).isEqualTo(T2);
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T2);

        handle(() -> projection.on(new UserActivated(id), T2, 5));
        assertThat(row("select is_active from users where id = ?", id)).containsEntry("is_active", true);
    }

    @Test
    void aLoginFindsItsAccountByEmailWhateverItsCaseAndSpaces() {
        long customer = Ids.next();
        String email = "agus" + customer + "@example.id";
        long id = registered("Agus", email, Role.CUSTOMER, customer);

        LoginAccount account = projection.handle(new FindLoginAccount("  " + email.toUpperCase() + " ")).orElseThrow();
        assertThat(account).isEqualTo(new LoginAccount(id, email, "$2a$10$hash", Role.CUSTOMER, true, customer, null));
        assertThat(projection.handle(new FindLoginAccountById(id))).contains(account);
    }

    @Test
    void aTokenCheckSeesTheAccountsDeactivationRoleAndPasswordAsTheyAreNow() {
        String email = "eko" + Ids.next() + "@example.id";
        long id = registered("Eko", email, Role.STAFF, null);
        handle(() -> {
            projection.on(new UserDeactivated(id), T1, 1);
            projection.on(new UserActivated(id), T1, 2);
            projection.on(new UserRoleChanged(id, Role.ADMIN), T1, 3);
            projection.on(new PasswordChanged(id, "$2a$10$other"), T1, 4);
        });

        assertThat(projection.handle(new FindLoginAccountById(id)))
                .contains(new LoginAccount(id, email, "$2a$10$other", Role.ADMIN, true, null, 1L));
        assertThat(projection.handle(new FindLoginAccountById(Ids.next()))).isEmpty();
        assertThat(projection.handle(new FindLoginAccount("nobody" + Ids.next() + "@example.id"))).isEmpty();
    }

    @Test
    void anErasedLoginIsErasedAndShutForGoodWhileItsRowKeepsTheUsersVersion() {
        long customer = Ids.next();
        String email = "siti" + customer + "@example.id";
        long id = registered("Siti", email, Role.CUSTOMER, customer);
        long other = registered("Budi", "budi" + customer + "@example.id", Role.CUSTOMER, Ids.next());
        handle(() -> {
            projection.on(new UserDeactivated(id), T1, 1);
            projection.on(new UserActivated(id), T1, 2);
            projection.on(new UserEmailVerified(id), T1, 3);
        });

        handle(() -> projection.on(new CustomerErased(customer, "asked to be forgotten", List.of(id, Ids.next())), T2));

        Map<String, Object> row = row("""
                select name, email, password, phone, role, customer_id, is_active, email_verified_at, created_at,
                       updated_at, aggregate_version, last_deactivation_version from users where id = ?""", id);
        assertThat(row).containsEntry("name", Erased.TEXT).containsEntry("email", Erased.TEXT)
                .containsEntry("phone", null).containsEntry("password", "$2a$10$hash")
                .containsEntry("role", "customer").containsEntry("customer_id", customer)
                .containsEntry("is_active", false).containsEntry("aggregate_version", 3L)
                .containsEntry("last_deactivation_version", 3L);
        assertThat(instant(row.get("email_verified_at"))).isEqualTo(T1);
        assertThat(instant(row.get("created_at"))).isEqualTo(T0);
        assertThat(instant(row.get("updated_at"))).isEqualTo(T2);
        assertThat(projection.handle(new FindLoginAccount(email))).isEmpty();
        // Tokens issued after the reactivation carry stamp 1: a new one ends them even if he is activated again.
        assertThat(projection.handle(new FindLoginAccountById(id))).contains(
                new LoginAccount(id, Erased.TEXT, "$2a$10$hash", Role.CUSTOMER, false, customer, 3L));
        assertThat(row("""
                select name, is_active, last_deactivation_version, aggregate_version from users where id = ?""", other))
                .containsEntry("name", "Budi").containsEntry("is_active", true)
                .containsEntry("last_deactivation_version", null).containsEntry("aggregate_version", 0L);
    }

    @Test
    void listFiltersOnRoleAndActiveInTheOrderAsked() {
        emptied("users");
        long admin = registered("Ayu", "ayu@example.id", Role.ADMIN, null);
        long staff = registered("Bayu", "bayu@example.id", Role.STAFF, null);
        long other = registered("Cahya", "cahya@example.id", Role.STAFF, null);
        handle(() -> projection.on(new UserDeactivated(other), T1, 1));

        assertThat(projection.handle(new FindUsers(null, null, new PageSpec(0, 20, "name", false))).content())
                .extracting(UserView::id).containsExactly(other, staff, admin);
        assertThat(projection.handle(new FindUsers(Role.STAFF, true, new PageSpec(0, 20, "name", true))).content())
                .extracting(UserView::id).containsExactly(staff);
        assertThat(projection.handle(new FindUsers(null, false, new PageSpec(0, 20, "name", true))).content())
                .extracting(UserView::id).containsExactly(other);
        assertThat(projection.handle(new FindUser(admin)).map(UserView::role)).contains(Role.ADMIN);
    }

    @Test
    void resetEmptiesTheTable() {
        registered("Dewi", "dewi" + Ids.next() + "@example.id", Role.STAFF, null);
        handle(projection::reset);

        assertThat(count("select 1 from users")).isZero();
    }

    private long registered(String name, String email, Role role, Long customer) {
        long id = Ids.next();
        handle(() -> projection.on(new UserRegistered(id, name, email, "$2a$10$hash", role, customer), T0, 0));
        return id;
    }
}
