package io.netledger.api;

import java.util.regex.Pattern;

/**
 * Phone numbers in E.164 ({@code +628123456789}). Indonesian subscribers write their
 * numbers as {@code 0812-3456-789} or {@code 62812...}; both become {@code +62812...}, so
 * one number is stored one way and a search finds it whichever way it was typed.
 */
public final class PhoneNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{6,14}$");

    private PhoneNumber() {
    }

    /** The number in E.164; {@link IllegalArgumentException} when it cannot be one. */
    public static String normalise(String written) {
        String digits = SEPARATORS.matcher(written.strip()).replaceAll("");
        String e164;
        if (digits.startsWith("+")) {
            e164 = digits;
        } else if (digits.startsWith("00")) {
            e164 = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            e164 = "+62" + digits.substring(1);
        } else if (digits.startsWith("62")) {
            e164 = "+" + digits;
        } else {
            e164 = "+62" + digits;
        }
        e164 = e164.startsWith("+620") ? "+62" + e164.substring(4) : e164; // +62 (0)812… is +62 812…
        if (!E164.matcher(e164).matches()) {
            throw new IllegalArgumentException("phone must be a phone number such as 0812-3456-7890 or +6281234567890: "
                    + written);
        }
        return e164;
    }
}
