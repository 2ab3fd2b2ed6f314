package io.netledger.saga.reconciliation;

import io.netledger.api.PageSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Every row a paged query answers, read a page of {@link PageSpec#MAX_SIZE} at a time, oldest first. */
final class EveryPage {

    private EveryPage() {
    }

    static <T> List<T> of(Function<PageSpec, List<T>> page) {
        List<T> all = new ArrayList<>();
        for (int number = 0; ; number++) {
            List<T> found = page.apply(new PageSpec(number, PageSpec.MAX_SIZE, "createdAt", true));
            all.addAll(found);
            if (found.size() < PageSpec.MAX_SIZE) {
                return all;
            }
        }
    }
}
