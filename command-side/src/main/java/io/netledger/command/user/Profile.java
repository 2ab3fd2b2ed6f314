package io.netledger.command.user;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.Text;
import io.netledger.api.user.UpdateUserProfile;
import io.netledger.api.user.UserProfileUpdated;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/** A user's profile as the aggregate keeps it, with the rules of the design document's {@code profiles} columns. */
record Profile(String address, String city, String province, String postalCode, String country, LocalDate birthDate,
               String gender, String photo, String bio) {

    static final Profile EMPTY = new Profile(null, null, null, null, null, null, null, null, null);
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    static final Set<String> GENDERS = Set.of("male", "female", "other");
    static final int MAX_BIO = 10_000;

    /** The profile a command asks for, normalised and checked; {@code today} bounds the birth date. */
    static Profile of(UpdateUserProfile c, LocalDate today) {
        Profile p = new Profile(text(c.address()), text(c.city()), text(c.province()), text(c.postalCode()),
                text(c.country()), c.birthDate(), lowerCase(text(c.gender())), text(c.photo()), text(c.bio()));
        Text.lines("address", p.address, 500);
        Text.line("city", p.city, 100);
        Text.line("province", p.province, 100);
        Text.line("postalCode", p.postalCode, 16);
        Text.line("country", p.country, 100);
        Text.line("photo", p.photo, 1000);
        Text.lines("bio", p.bio, MAX_BIO);
        Text.line("gender", p.gender, 16);
        check(p.gender == null || GENDERS.contains(p.gender), "gender is one of male, female, other");
        check(p.photo == null || isWebAddress(p.photo), "photo is an http or https URL");
        check(p.birthDate == null || !p.birthDate.isAfter(today), "birthDate cannot be in the future");
        check(p.birthDate == null || !p.birthDate.isBefore(EARLIEST_BIRTH_DATE), "birthDate cannot be before 1900");
        return p;
    }

    static Profile of(UserProfileUpdated e) {
        return new Profile(e.address(), e.city(), e.province(), e.postalCode(), e.country(), e.birthDate(), e.gender(),
                e.photo(), e.bio());
    }

    UserProfileUpdated updated(long userId) {
        return new UserProfileUpdated(userId, address, city, province, postalCode, country, birthDate, gender, photo,
                bio);
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return uri.getScheme() != null && Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lowerCase(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
