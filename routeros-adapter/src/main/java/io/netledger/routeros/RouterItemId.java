package io.netledger.routeros;

import java.util.regex.Pattern;

/**
 * The internal id RouterOS gives an item ({@code .id}, e.g. {@code *1A}): a star and
 * upper-case hex. Stable for the item's life on that router, never shared between routers.
 */
public record RouterItemId(String value) implements Comparable<RouterItemId> {

    private static final Pattern FORM = Pattern.compile("\\*[0-9A-F]+");

    public RouterItemId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a RouterOS item id looks like *1A, not " + value);
        }
    }

    /**
     * By the number the hex spells, so {@code *A} comes before {@code *1A}; for items that
     * count up, such as log entries, that is their order of creation.
     */
    @Override
    public int compareTo(RouterItemId other) {
        String mine = digits();
        String theirs = other.digits();
        return mine.length() != theirs.length() ? Integer.compare(mine.length(), theirs.length()) : mine.compareTo(theirs);
    }

    private String digits() {
        return value.substring(1).replaceFirst("^0+(?=.)", "");
    }

    @Override
    public String toString() {
        return value;
    }
}
