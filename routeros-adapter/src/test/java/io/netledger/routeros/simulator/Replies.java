package io.netledger.routeros.simulator;

import io.netledger.routeros.wire.Sentence;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reply sentences as the router builds them. */
final class Replies {

    private Replies() {
    }

    static Sentence done() {
        return Sentence.of("!done");
    }

    static Sentence done(String ret) {
        return done().with("ret", ret);
    }

    /**
     * One {@code !re}: the attributes the request's {@code .proplist} names, in its order, or all
     * of them; single-item menus print no {@code .id}.
     */
    static Sentence re(Map<String, String> item, Optional<List<String>> proplist, boolean withId) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (proplist.isPresent()) {
            proplist.get().stream().filter(item::containsKey).forEach(name -> attributes.put(name, item.get(name)));
        } else {
            attributes.putAll(item);
        }
        if (!withId) {
            attributes.remove(".id");
        }
        return new Sentence("!re", attributes, Map.of(), List.of(), null);
    }

    /** {@code =.proplist=a,b} as the manual writes it, or {@code .proplist=a,b} as some clients send it. */
    static Optional<List<String>> proplist(Sentence request) {
        String names = request.attributes().getOrDefault(".proplist", request.apiAttributes().get(".proplist"));
        if (names == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(names.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList());
    }
}
