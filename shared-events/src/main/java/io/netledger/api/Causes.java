package io.netledger.api;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The causes of an exception. Axon and Spring wrap what a handler threw (in a
 * {@code CommandExecutionException}, a {@code CompletionException}, ...), so code that answers a
 * domain exception walks the chain instead of looking at the outermost one.
 */
public final class Causes {

    private static final int MAX_DEPTH = 64;

    private Causes() {
    }

    /** The exception and its causes, the outermost first; a chain that loops ends where it would repeat. */
    public static Stream<Throwable> chain(Throwable e) {
        return Stream.iterate(e, t -> t != null, t -> t.getCause() == t ? null : t.getCause()).limit(MAX_DEPTH);
    }

    /** The first exception of that type in the chain, the outermost first. */
    public static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        return chain(e).filter(type::isInstance).map(type::cast).findFirst();
    }

    public static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return find(e, type).isPresent();
    }
}
