package io.netledger.routeros.simulator;

import io.netledger.routeros.wire.Sentence;

/**
 * A command the router refuses. The session answers it as {@code !trap} (with the category
 * when RouterOS gives one) followed by {@code !done}.
 */
final class RouterTrap extends Exception {

    /** Category 1 in the API manual: an argument's value failed. */
    static final int ARGUMENT_VALUE_FAILURE = 1;
    /** Category 2: the command was interrupted, e.g. by {@code /cancel}. */
    static final int INTERRUPTED = 2;

    private static final long serialVersionUID = 1L;

    private final Integer category;

    RouterTrap(String message) {
        this(message, null);
    }

    RouterTrap(String message, Integer category) {
        super(message, null, false, false);
        this.category = category;
    }

    static RouterTrap noSuchItem() {
        return new RouterTrap("no such item");
    }

    static RouterTrap invalidValue(String attribute) {
        return new RouterTrap("invalid value for argument " + attribute, ARGUMENT_VALUE_FAILURE);
    }

    static Sentence sentence(String message, Integer category) {
        Sentence trap = Sentence.of("!trap");
        if (category != null) {
            trap = trap.with("category", Integer.toString(category));
        }
        return trap.with("message", message);
    }

    Sentence toSentence() {
        return sentence(getMessage(), category);
    }
}
