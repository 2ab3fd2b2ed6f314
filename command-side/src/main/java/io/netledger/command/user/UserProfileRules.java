package io.netledger.command.user;

import static io.netledger.api.RuleViolation.check;

import io.netledger.api.user.UserProfile;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/** What a profile may hold: the lengths of the {@code profiles} columns, a real birth date, a web photo. */
final class UserProfileRules {

    static final Set<String> GENDERS = Set.of("male", "female", "other");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    private static final ZoneId ISP_ZONE = ZoneId.of("Asia/Jakarta");

    private UserProfileRules() {
    }

    static UserProfile checked(UserProfile p) {
        check(p != null, "a profile is required");
        length(p.address(), 500, "address");
        length(p.city(), 100, "city");
        length(p.province(), 100, "province");
        length(p.postalCode(), 16, "postalCode");
        length(p.country(), 100, "country");
        length(p.photo(), 1000, "photo");
        length(p.bio(), 5000, "bio");
        String gender = p.gender() == null ? null : p.gender().toLowerCase(Locale.ROOT);
        check(gender == null || GENDERS.contains(gender), "gender is one of male, female, other: " + p.gender());
        check(p.birthDate() == null || !p.birthDate().isAfter(LocalDate.now(ISP_ZONE))
                && !p.birthDate().isBefore(EARLIEST_BIRTH), "birthDate must lie between 1900 and today");
        check(p.photo() == null || isWebAddress(p.photo()), "photo must be an http or https URL: " + p.photo());
        return new UserProfile(p.address(), p.city(), p.province(), p.postalCode(), p.country(), p.birthDate(),
                gender, p.photo(), p.bio());
    }

    private static void length(String value, int max, String field) {
        check(value == null || value.length() <= max, field + " is longer than " + max + " characters");
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
