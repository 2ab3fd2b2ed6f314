package io.netledger.api;

import java.util.List;

/** One page of a query's answer, in Spring Data's page shape that REST clients receive. */
public record PageResult<T>(List<T> content, PageMetadata page) {

    public PageResult {
        content = List.copyOf(content);
    }

    public record PageMetadata(int size, int number, long totalElements, int totalPages) {
    }
}
