package io.netledger.routeros;

import java.util.regex.Pattern;

/**
 * The internal id RouterOS gives an item ({@code .id}, e.g. {@code *1A}): a star and
 * upper-case hex. Stable for the item's life on that router, never shared between routers.
 */
public record RouterItemId(String value) {

    private static final Pattern FORM = Pattern.compile("\\*[0-9A-F]+");

    public RouterItemId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a RouterOS item id looks like *1A, not " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
