package io.netledger.query;

import io.netledger.api.BadRequest;
import io.netledger.api.PageMetadata;
import io.netledger.api.PageSpec;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Translates between the API's paging ({@code ?page=&size=&sort=field,asc}) and Spring Data's. */
public final class Pages {

    public static final int DEFAULT_SIZE = 20;

    private Pages() {
    }

    /** Reads the request parameters; a sort field outside {@code sortable} is refused. */
    public static PageSpec spec(Integer page, Integer size, String sort, Set<String> sortable, String defaultSort) {
        String[] parts = (sort == null || sort.isBlank() ? defaultSort : sort).split(",");
        // "sort=," splits into nothing: a sort without a field, refused as any unknown field is.
        String field = parts.length == 0 ? "" : parts[0].strip();
        if (!sortable.contains(field)) {
            throw new BadRequest("sort must be one of " + sortable + ": " + field);
        }
        if (parts.length > 2 || parts.length == 2 && !parts[1].strip().matches("(?i)asc|desc")) {
            throw new BadRequest("sort is field,direction and the direction must be asc or desc: " + sort);
        }
        boolean ascending = parts.length < 2 || parts[1].strip().equalsIgnoreCase("asc");
        try {
            return new PageSpec(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, field, ascending);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    public static Pageable pageable(PageSpec spec) {
        Sort sort = Sort.by(spec.ascending() ? Sort.Direction.ASC : Sort.Direction.DESC, spec.sortField())
                .and(Sort.by("id"));
        return PageRequest.of(spec.number(), spec.size(), sort);
    }

    public static PageMetadata metadata(Page<?> page) {
        return new PageMetadata(page.getSize(), page.getNumber(), page.getTotalElements(), page.getTotalPages());
    }
}
