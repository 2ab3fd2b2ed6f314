package io.netledger.command.user;

import io.netledger.api.IspCalendar;
import io.netledger.api.RuleViolation;
import io.netledger.api.user.ActivateUser;
import io.netledger.api.user.ChangePassword;
import io.netledger.api.user.ChangeUserRole;
import io.netledger.api.user.DeactivateUser;
import io.netledger.api.user.LoginErased;
import io.netledger.api.user.PasswordChanged;
import io.netledger.api.user.RecordLogin;
import io.netledger.api.user.ResetPassword;
import io.netledger.api.user.Role;
import io.netledger.api.user.UpdateUserProfile;
import io.netledger.api.user.UserActivated;
import io.netledger.api.user.UserDeactivated;
import io.netledger.api.user.UserEmailVerified;
import io.netledger.api.user.UserLoggedIn;
import io.netledger.api.user.UserProfileUpdated;
import io.netledger.api.user.UserRegistered;
import io.netledger.api.user.UserRoleChanged;
import io.netledger.api.user.VerifyUserEmail;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final long USER = 913_000_000_000_000_777L;
    private static final long ADMIN = 913_000_000_000_000_001L;
    private static final UserRegistered SITI = new UserRegistered(USER, "Siti", "siti@isp.id",
            "$2a$10$abcdefghijklmnopqrstuuYV0NQkQpDY9n4tq6JZ2Mxe0B6hBYx6u", Role.STAFF, null);

    /** 00:30 on 21 November in Jakarta, still the 20th in UTC. */
    private static final IspCalendar CALENDAR = IspCalendar.fixedAt(Instant.parse("2026-11-20T17:30:00Z"),
            IspCalendar.WIB);

    private AggregateTestFixture<User> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(User.class);
        fixture.registerInjectableResource(CALENDAR);
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
    void anErasedLoginIsShutForGoodAndItsProfileNeverFilledAgain() {
        fixture.given(SITI, new LoginErased(USER, 913_000_000_000_000_301L))
                .when(new ActivateUser(USER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("user " + USER + " is erased with its customer and cannot be used again");
        fixture.given(SITI, new LoginErased(USER, 913_000_000_000_000_301L))
                .when(new RecordLogin(USER))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(SITI, new LoginErased(USER, 913_000_000_000_000_301L))
                .when(new VerifyUserEmail(USER))
                .expectException(RuleViolation.class)
                .expectNoEvents();
        fixture.given(SITI, new LoginErased(USER, 913_000_000_000_000_301L))
                .when(new DeactivateUser(USER, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
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

    private static final String NEW_HASH = "$2a$10$zyxwvutsrqponmlkjihgfeYV0NQkQpDY9n4tq6JZ2Mxe0B6hBYx6u";
    private static final UserProfileUpdated IN_BEKASI = new UserProfileUpdated(USER, "Jl. Merdeka 1", "Bekasi",
            "Jawa Barat", "17111", "Indonesia", LocalDate.of(1990, 5, 17), "female", "https://cdn.isp.id/siti.png",
            "Teknisi lapangan");

    private static UpdateUserProfile profile(Long expectedVersion, UserProfileUpdated p) {
        return new UpdateUserProfile(USER, expectedVersion, p.address(), p.city(), p.province(), p.postalCode(),
                p.country(), p.birthDate(), p.gender(), p.photo(), p.bio());
    }

    private static UpdateUserProfile profileWith(String address, String city, String postalCode, String country,
            LocalDate birthDate, String gender, String photo, String bio) {
        return new UpdateUserProfile(USER, null, address, city, "Jawa Barat", postalCode, country, birthDate, gender,
                photo, bio);
    }

    @Test
    void fillsInTheProfileAndAnswersTheNewVersion() {
        fixture.given(SITI)
                .when(profile(null, IN_BEKASI))
                .expectEvents(IN_BEKASI)
                .expectResultMessagePayload(1L);
    }

    @Test
    void blankProfileTextIsAbsentAndTextIsTrimmedAndGenderLowerCase() {
        fixture.given(SITI)
                .when(new UpdateUserProfile(USER, null, "  Jl. Merdeka 1 ", " ", "", null, "\t", null, " Other ",
                        null, "  "))
                .expectEvents(new UserProfileUpdated(USER, "Jl. Merdeka 1", null, null, null, null, null, "other",
                        null, null));
    }

    @Test
    void anUnchangedProfileRecordsNothing() {
        fixture.given(SITI, IN_BEKASI)
                .when(profile(null, IN_BEKASI))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
        fixture.given(SITI)
                .when(new UpdateUserProfile(USER, null, " ", null, null, null, null, null, null, null, ""))
                .expectNoEvents();
    }

    @Test
    void profileTextKeepsToTheLengthsOfTheProfilesTable() {
        LocalDate born = LocalDate.of(1990, 1, 1);
        String ok = "https://cdn.isp.id/p.png";
        assertRefused(profileWith("a".repeat(501), null, null, null, born, null, ok, null), "address");
        assertRefused(profileWith(null, "c".repeat(101), null, null, born, null, ok, null), "city");
        assertRefused(new UpdateUserProfile(USER, null, null, null, "p".repeat(101), null, null, null, null, null,
                null), "province");
        assertRefused(profileWith(null, null, "1".repeat(17), null, born, null, ok, null), "postalCode");
        assertRefused(profileWith(null, null, null, "n".repeat(101), born, null, ok, null), "country");
        assertRefused(profileWith(null, null, null, null, born, null, "https://cdn.isp.id/" + "x".repeat(982), null),
                "photo");
        assertRefused(profileWith(null, null, null, null, born, null, null, "b".repeat(10_001)), "bio");
        fixture.given(SITI)
                .when(profileWith("a".repeat(500), "c".repeat(100), "1".repeat(16), "n".repeat(100), born, null,
                        "https://cdn.isp.id/" + "x".repeat(981), "b".repeat(10_000)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void thePhotoIsAWebAddress() {
        for (String photo : new String[] {"ftp://cdn.isp.id/p.png", "javascript:alert(1)", "siti.png",
                "https:///no-host", "http://bad host/p.png"}) {
            assertRefused(profileWith(null, null, null, null, null, null, photo, null), "photo");
        }
        fixture.given(SITI)
                .when(profileWith(null, null, null, null, null, null, "HTTP://cdn.isp.id/p.png", null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void genderIsMaleFemaleOtherOrAbsent() {
        assertRefused(profileWith(null, null, null, null, null, "unknown", null, null), "gender");
        fixture.given(SITI)
                .when(profileWith(null, null, null, null, null, "Male", null, null))
                .expectEvents(new UserProfileUpdated(USER, null, null, "Jawa Barat", null, null, null, "male", null,
                        null));
    }

    @Test
    void theBirthDateIsNeitherInTheFutureNorBefore1900() {
        LocalDate today = CALENDAR.today();
        assertRefused(profileWith(null, null, null, null, today.plusDays(1), null, null, null), "future");
        assertRefused(profileWith(null, null, null, null, LocalDate.of(1899, 12, 31), null, null, null), "1900");
        fixture.given(SITI)
                .when(profileWith(null, null, null, null, LocalDate.of(1900, 1, 1), null, null, null))
                .expectSuccessfulHandlerExecution();
        fixture.given(SITI)
                .when(profileWith(null, null, null, null, today, null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void todayIsTheIspCalendarsDateNotTheMachinesOrUtcs() {
        fixture.given(SITI)
                .when(profileWith(null, null, null, null, LocalDate.of(2026, 11, 21), null, null, null))
                .expectSuccessfulHandlerExecution();
        assertRefused(profileWith(null, null, null, null, LocalDate.of(2026, 11, 22), null, null, null), "future");
    }

    @Test
    void profileTextMustFitItsColumnsWithoutNulOrStrayControlCharacters() {
        assertRefused(profileWith("Jl. Melati\u00003", null, null, null, null, null, null, null), "NUL");
        assertRefused(profileWith(null, "Depok\nBogor", null, null, null, null, null, null), "city is one line");
        fixture.given(SITI)
                .when(profileWith("Jl. Melati 3\nRT 02", null, null, null, null, null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyAProfileChangeSinceItWasReadIsAConflict() {
        UserProfileUpdated moved = new UserProfileUpdated(USER, "Jl. Sudirman 2", "Jakarta", null, null, null, null,
                null, null, null);
        // version 1 is the profile the client read; a login (2) since then does not make it stale
        fixture.given(SITI, IN_BEKASI, new UserLoggedIn(USER))
                .when(profile(1L, moved))
                .expectEvents(moved)
                .expectResultMessagePayload(3L);
        // version 0 predates the profile change at version 1
        fixture.given(SITI, IN_BEKASI, new UserLoggedIn(USER))
                .when(profile(0L, moved))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void changesItsOwnPasswordOnlyFromTheCurrentOne() {
        fixture.given(SITI)
                .when(new ChangePassword(USER, SITI.passwordHash(), NEW_HASH))
                .expectEvents(new PasswordChanged(USER, NEW_HASH))
                .expectResultMessagePayload(1L);
        fixture.given(SITI, new PasswordChanged(USER, NEW_HASH))
                .when(new ChangePassword(USER, SITI.passwordHash(), SITI.passwordHash()))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("the password was changed in the meantime; check the current password again");
    }

    @Test
    void passwordsArriveOnlyAsBcryptHashes() {
        fixture.given(SITI)
                .when(new ChangePassword(USER, SITI.passwordHash(), "new-plaintext-password"))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("password must arrive as a bcrypt hash");
        fixture.given(SITI)
                .when(new ResetPassword(USER, "new-plaintext-password", ADMIN))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void anAdminResetsAnotherUsersPasswordButNotTheirOwn() {
        fixture.given(SITI)
                .when(new ResetPassword(USER, NEW_HASH, ADMIN))
                .expectEvents(new PasswordChanged(USER, NEW_HASH));
        fixture.given(SITI)
                .when(new ResetPassword(USER, NEW_HASH, USER))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("your own password is changed with your current password");
    }

    @Test
    void verifiesTheEmailOnce() {
        fixture.given(SITI)
                .when(new VerifyUserEmail(USER))
                .expectEvents(new UserEmailVerified(USER))
                .expectResultMessagePayload(1L);
        fixture.given(SITI, new UserEmailVerified(USER))
                .when(new VerifyUserEmail(USER))
                .expectNoEvents()
                .expectResultMessagePayload(1L);
    }

    private void assertRefused(UpdateUserProfile command, String messagePart) {
        fixture.given(SITI)
                .when(command)
                .expectException(RuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(messagePart))
                .expectNoEvents();
    }
}
