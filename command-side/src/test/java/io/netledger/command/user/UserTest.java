package io.netledger.command.user;

import io.netledger.api.RuleViolation;
import io.netledger.api.user.ActivateUser;
import io.netledger.api.user.ChangeUserRole;
import io.netledger.api.user.DeactivateUser;
import io.netledger.api.user.RecordLogin;
import io.netledger.api.user.Role;
import io.netledger.api.user.UserActivated;
import io.netledger.api.user.UserDeactivated;
import io.netledger.api.user.UserLoggedIn;
import io.netledger.api.user.UserRegistered;
import io.netledger.api.user.UserRoleChanged;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final long USER = 913_000_000_000_000_777L;
    private static final long ADMIN = 913_000_000_000_000_001L;
    private static final UserRegistered SITI = new UserRegistered(USER, "Siti", "siti@isp.id",
            "$2a$10$abcdefghijklmnopqrstuuYV0NQkQpDY9n4tq6JZ2Mxe0B6hBYx6u", Role.STAFF, null);

    private AggregateTestFixture<User> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
    }

    @Test
    void recordsALoginSoThatItIsAudited() {
        fixture.given(SITI)
                .when(new RecordLogin(USER))
                .expectEvents(new UserLoggedIn(USER));
    }

    @Test
    void aDeactivatedAccountCannotLogIn() {
        fixture.given(SITI, new UserDeactivated(USER))
                .when(new RecordLogin(USER))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anAdminDeactivatesAndReactivatesAnotherAccount() {
        fixture.given(SITI)
                .when(new DeactivateUser(USER, ADMIN))
                .expectEvents(new UserDeactivated(USER));
        fixture.given(SITI, new UserDeactivated(USER))
                .when(new DeactivateUser(USER, ADMIN))
                .expectNoEvents();
        fixture.given(SITI, new UserDeactivated(USER))
                .when(new ActivateUser(USER))
                .expectEvents(new UserActivated(USER));
    }

    @Test
    void nobodyDeactivatesTheirOwnAccount() {
        fixture.given(SITI)
                .when(new DeactivateUser(USER, USER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("you cannot deactivate your own account");
    }

    @Test
    void changesRolesBetweenStaffAndAdminButNeverOnesOwn() {
        fixture.given(SITI)
                .when(new ChangeUserRole(USER, Role.ADMIN, ADMIN))
                .expectEvents(new UserRoleChanged(USER, Role.ADMIN));
        fixture.given(SITI)
                .when(new ChangeUserRole(USER, Role.ADMIN, USER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("you cannot change your own role");
        fixture.given(SITI)
                .when(new ChangeUserRole(USER, Role.STAFF, ADMIN))
                .expectNoEvents();
    }

    @Test
    void customerAccountsKeepTheirRole() {
        fixture.given(SITI)
                .when(new ChangeUserRole(USER, Role.CUSTOMER, ADMIN))
                .expectException(RuleViolation.class);
        fixture.given(new UserRegistered(USER, "Budi", "budi@mail.id", SITI.passwordHash(), Role.CUSTOMER,
                        42L))
                .when(new ChangeUserRole(USER, Role.STAFF, ADMIN))
                .expectException(RuleViolation.class);
    }
}
