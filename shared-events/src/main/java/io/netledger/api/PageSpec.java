package io.netledger.api;

/** Which page of a list a query asks for, and its order. */
public record PageSpec(int number, int size, String sortField, boolean ascending) {

    public static final int MAX_SIZE = 200;

    public PageSpec {
        if (number < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }
}
