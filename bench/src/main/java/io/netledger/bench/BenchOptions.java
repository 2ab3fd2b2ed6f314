package io.netledger.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's own numeric options ({@code --rows=N}), taken out of its arguments with their defaults; what
 * is left goes on to {@link BenchSettings} (its {@code --count}, and Spring properties).
 */
final class BenchOptions {

    private final Map<String, Integer> values;
    private final List<String> rest;

    private BenchOptions(Map<String, Integer> values, List<String> rest) {
        this.values = values;
        this.rest = rest;
    }

    /** {@code defaults} names each option (without the dashes) and its value when not given. */
    static BenchOptions of(String[] args, Map<String, Integer> defaults) {
        Map<String, Integer> values = new LinkedHashMap<>(defaults);
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 2 ? arg.substring(2, equals) : null;
            if (name != null && defaults.containsKey(name)) {
                values.put(name, Integer.parseInt(arg.substring(equals + 1)));
            } else {
                rest.add(arg);
            }
        }
        return new BenchOptions(values, rest);
    }

    int get(String name) {
        Integer value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no option --" + name);
        }
        return value;
    }

    /** The arguments that are not this scenario's own, with {@code first} before them. */
    String[] rest(String... first) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all.toArray(String[]::new);
    }
}
