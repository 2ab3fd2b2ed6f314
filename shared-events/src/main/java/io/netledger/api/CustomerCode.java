package io.netledger.api;

import java.util.regex.Pattern;

/**
 * A customer's code as staff and invoices quote it ({@code CUST-000123}): up to 32 letters,
 * digits and {@code . _ / -}, beginning with a letter or digit, as {@code customers.customer_code}
 * holds it.
 */
public record CustomerCode(String value) {

    public static final int MAX_LENGTH = 32;
    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]*$");

    public CustomerCode {
        value = value == null ? null : value.strip();
        if (value == null || value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new RuleViolation("customerCode is up to " + MAX_LENGTH + " letters, digits and . _ / -: "
                    + value);
        }
    }

    public static CustomerCode of(String written) {
        return new CustomerCode(written);
    }

    @Override
    public String toString() {
        return value;
    }
}
