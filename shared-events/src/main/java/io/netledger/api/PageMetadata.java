package io.netledger.api;

/** The {@code page} part of a list answer, in Spring Data's page shape. */
public record PageMetadata(int size, int number, long totalElements, int totalPages) {
}
