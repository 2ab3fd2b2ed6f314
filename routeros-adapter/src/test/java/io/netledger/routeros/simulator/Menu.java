package io.netledger.routeros.simulator;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One RouterOS menu ({@code /ppp/secret}, {@code /queue/simple}...): the commands it has, the
 * attributes an item carries in print order, which of them a command may write, and the
 * defaults and rules the router applies.
 */
final class Menu {

    static final Set<String> ITEM_VERBS =
            Set.of("print", "getall", "add", "set", "unset", "remove", "enable", "disable");
    static final Set<String> READ_VERBS = Set.of("print", "getall");

    /** Checks and adjusts what an add or set brings, as the router does before storing it. */
    @FunctionalInterface
    interface Rules {
        Map<String, String> accept(Map<String, String> changes, RouterState state) throws RouterTrap;
    }

    /** Fills in what the router works out itself for a new item. */
    @FunctionalInterface
    interface Completion {
        void complete(Map<String, String> values, long number, RouterClock clock);
    }

    private final String path;
    private final Set<String> verbs;
    private final List<String> fields;
    private final Set<String> writable;
    private final Map<String, String> defaults;
    private final Set<String> booleans;
    private final List<String> required;
    private final List<String> uniqueKey;
    private final String duplicateMessage;
    private final boolean singleton;
    private final Rules rules;
    private final Completion completion;

    private Menu(Builder builder) {
        path = builder.path;
        verbs = Set.copyOf(builder.verbs);
        fields = List.copyOf(builder.fields);
        writable = Set.copyOf(builder.writable);
        defaults = Map.copyOf(builder.defaults);
        booleans = Set.copyOf(builder.booleans);
        required = List.copyOf(builder.required);
        uniqueKey = List.copyOf(builder.uniqueKey);
        duplicateMessage = builder.duplicateMessage;
        singleton = builder.singleton;
        rules = builder.rules;
        completion = builder.completion;
    }

    static Builder at(String path) {
        return new Builder(path);
    }

    String path() {
        return path;
    }

    boolean has(String verb) {
        return verbs.contains(verb);
    }

    /** A single-item menu such as {@code /system/resource}; its print carries no {@code .id}. */
    boolean singleton() {
        return singleton;
    }

    boolean writable(String attribute) {
        return writable.contains(attribute);
    }

    List<String> required() {
        return required;
    }

    /** What {@code unset} puts back; an attribute without a default disappears instead. */
    Optional<String> defaultOf(String attribute) {
        return Optional.ofNullable(defaults.get(attribute));
    }

    boolean named() {
        return fields.contains("name");
    }

    Map<String, String> accept(Map<String, String> changes, RouterState state) throws RouterTrap {
        return rules.accept(changes, state);
    }

    /** Booleans print as {@code true}/{@code false}; the router takes {@code yes}/{@code no} as well. */
    Map<String, String> normalized(Map<String, String> attributes) throws RouterTrap {
        Map<String, String> normalized = new LinkedHashMap<>(attributes);
        for (Map.Entry<String, String> attribute : normalized.entrySet()) {
            if (booleans.contains(attribute.getKey())) {
                attribute.setValue(switch (attribute.getValue()) {
                    case "yes", "true" -> "true";
                    case "no", "false" -> "false";
                    default -> throw RouterTrap.invalidValue(attribute.getKey());
                });
            }
        }
        return normalized;
    }

    /** A new item: {@code .id}, then the attributes in the order the router prints them. */
    Map<String, String> newItem(String id, Map<String, String> given, long number, RouterClock clock) {
        Map<String, String> values = new HashMap<>(defaults);
        values.putAll(given);
        completion.complete(values, number, clock);
        return ordered(id, values);
    }

    Map<String, String> changed(Map<String, String> item, Map<String, String> changes) {
        Map<String, String> values = new HashMap<>(item);
        values.putAll(changes);
        return ordered(item.get(".id"), values);
    }

    /** Whether two items may not both exist: same name, or same list and address. */
    boolean clash(Map<String, String> one, Map<String, String> other) {
        return !uniqueKey.isEmpty() && uniqueKey.stream().allMatch(key -> {
            String value = one.get(key);
            return value != null && value.equals(other.get(key));
        });
    }

    RouterTrap duplicate() {
        return new RouterTrap(duplicateMessage);
    }

    /** {@code .id}, the menu's attributes in the router's print order, then any others a test seeded. */
    private Map<String, String> ordered(String id, Map<String, String> values) {
        Map<String, String> item = new LinkedHashMap<>();
        item.put(".id", id);
        fields.stream().filter(values::containsKey).forEach(field -> item.put(field, values.get(field)));
        values.keySet().stream().filter(key -> !item.containsKey(key)).sorted()
                .forEach(key -> item.put(key, values.get(key)));
        return item;
    }

    static final class Builder {
        private final String path;
        private Set<String> verbs = ITEM_VERBS;
        private List<String> fields = List.of();
        private Set<String> writable = Set.of();
        private final Map<String, String> defaults = new HashMap<>();
        private Set<String> booleans = Set.of();
        private List<String> required = List.of();
        private List<String> uniqueKey = List.of();
        private String duplicateMessage = "failure: already have such item";
        private boolean singleton;
        private Rules rules = (changes, state) -> changes;
        private Completion completion = (values, number, clock) -> { };

        private Builder(String path) {
            this.path = path;
        }

        Builder verbs(Set<String> verbs) {
            this.verbs = verbs;
            return this;
        }

        Builder verbs(String... verbs) {
            return verbs(Set.of(verbs));
        }

        Builder fields(String... fields) {
            this.fields = List.of(fields);
            return this;
        }

        Builder writable(String... writable) {
            this.writable = Set.of(writable);
            return this;
        }

        /** Pairs of attribute and default value. */
        Builder defaults(String... pairs) {
            for (int i = 0; i < pairs.length; i += 2) {
                defaults.put(pairs[i], pairs[i + 1]);
            }
            return this;
        }

        Builder booleans(String... booleans) {
            this.booleans = Set.of(booleans);
            return this;
        }

        Builder required(String... required) {
            this.required = List.of(required);
            return this;
        }

        Builder unique(String message, String... key) {
            this.duplicateMessage = message;
            this.uniqueKey = List.of(key);
            return this;
        }

        Builder singleton() {
            this.singleton = true;
            return this;
        }

        Builder rules(Rules rules) {
            this.rules = rules;
            return this;
        }

        Builder completion(Completion completion) {
            this.completion = completion;
            return this;
        }

        Menu build() {
            return new Menu(this);
        }
    }
}
