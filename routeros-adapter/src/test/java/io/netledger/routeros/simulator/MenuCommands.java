package io.netledger.routeros.simulator;

import io.netledger.routeros.wire.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The commands every item menu shares: {@code print} (alias {@code getall}), {@code add},
 * {@code set}, {@code unset}, {@code remove}, {@code enable}, {@code disable}, with the
 * router's checks and its wording when it refuses.
 */
final class MenuCommands {

    private static final Set<String> PRINT_OPTIONS =
            Set.of(".proplist", "count-only", "detail", "terse", "brief", "stats", "without-paging");

    private final RouterState state;
    private final RouterOsVersion version;

    MenuCommands(RouterState state, RouterOsVersion version) {
        this.state = state;
        this.version = version;
    }

    List<Sentence> execute(Menu menu, String command, Sentence request) throws RouterTrap {
        return switch (command) {
            case "print", "getall" -> print(menu, request);
            case "add" -> add(menu, request.attributes());
            case "set" -> set(menu, request.attributes());
            case "unset" -> unset(menu, request.attributes());
            case "remove" -> remove(menu, request.attributes());
            case "enable" -> setDisabled(menu, request.attributes(), "false");
            case "disable" -> setDisabled(menu, request.attributes(), "true");
            default -> throw new RouterTrap("no such command");
        };
    }

    private List<Sentence> print(Menu menu, Sentence request) throws RouterTrap {
        for (String option : request.attributes().keySet()) {
            if (!PRINT_OPTIONS.contains(option)) {
                throw unknownParameter(option);
            }
        }
        PrintQuery query = PrintQuery.parse(request.queries());
        List<Map<String, String>> found = state.items(menu, query::matches);
        if (request.attributes().containsKey("count-only")) {
            return List.of(Replies.done(Integer.toString(found.size())));
        }
        Optional<List<String>> proplist = Replies.proplist(request);
        List<Sentence> replies = new ArrayList<>();
        for (Map<String, String> item : found) {
            replies.add(Replies.re(item, proplist, !menu.singleton()));
        }
        if (found.isEmpty() && version.answersEmpty()) {
            replies.add(Sentence.of("!empty"));
        }
        replies.add(Replies.done());
        return replies;
    }

    private List<Sentence> add(Menu menu, Map<String, String> attributes) throws RouterTrap {
        Map<String, String> given = writable(menu, attributes);
        for (String required : menu.required()) {
            if (given.getOrDefault(required, "").isEmpty()) {
                throw new RouterTrap("failure: " + required + " not specified");
            }
        }
        return state.atomically(() -> {
            Map<String, String> accepted = menu.accept(given, state);
            if (state.anyItem(menu, existing -> menu.clash(existing, accepted))) {
                throw menu.duplicate();
            }
            return List.of(Replies.done(state.insert(menu, accepted)));
        });
    }

    private List<Sentence> set(Menu menu, Map<String, String> attributes) throws RouterTrap {
        Map<String, String> changes = new LinkedHashMap<>(attributes);
        String numbers = targets(changes);
        Map<String, String> given = writable(menu, changes);
        return state.atomically(() -> {
            Map<String, String> accepted = menu.accept(given, state);
            List<String> ids = resolve(menu, numbers);
            for (String id : ids) {
                Map<String, String> changed = menu.changed(state.item(menu, id).orElseThrow(), accepted);
                if (state.anyItem(menu, other -> !other.get(".id").equals(id) && menu.clash(other, changed))) {
                    throw menu.duplicate();
                }
            }
            ids.forEach(id -> state.update(menu, id, accepted));
            return List.of(Replies.done());
        });
    }

    /** {@code =value-name=comment} takes an attribute back to its default, or away if it has none. */
    private List<Sentence> unset(Menu menu, Map<String, String> attributes) throws RouterTrap {
        Map<String, String> rest = new LinkedHashMap<>(attributes);
        String numbers = targets(rest);
        String names = rest.remove("value-name");
        refuseAny(rest);
        if (names == null || names.isEmpty()) {
            throw new RouterTrap("failure: value-name not specified");
        }
        List<String> unset = List.of(names.split(","));
        for (String name : unset) {
            if (!menu.writable(name) || menu.required().contains(name)) {
                throw RouterTrap.invalidValue("value-name");
            }
        }
        return state.atomically(() -> {
            resolve(menu, numbers).forEach(id -> state.unset(menu, id, unset));
            return List.of(Replies.done());
        });
    }

    private List<Sentence> remove(Menu menu, Map<String, String> attributes) throws RouterTrap {
        Map<String, String> rest = new LinkedHashMap<>(attributes);
        String numbers = targets(rest);
        refuseAny(rest);
        return state.atomically(() -> {
            resolve(menu, numbers).forEach(id -> state.delete(menu, id));
            return List.of(Replies.done());
        });
    }

    private List<Sentence> setDisabled(Menu menu, Map<String, String> attributes, String disabled) throws RouterTrap {
        Map<String, String> rest = new LinkedHashMap<>(attributes);
        String numbers = targets(rest);
        refuseAny(rest);
        return state.atomically(() -> {
            resolve(menu, numbers).forEach(id -> state.update(menu, id, Map.of("disabled", disabled)));
            return List.of(Replies.done());
        });
    }

    /** Takes the item reference out of the attributes: {@code =.id=*1A} or {@code =numbers=alice,*1B}. */
    private static String targets(Map<String, String> attributes) throws RouterTrap {
        String id = attributes.remove(".id");
        String numbers = attributes.remove("numbers");
        if (id == null && numbers == null) {
            throw RouterTrap.noSuchItem();
        }
        return id != null ? id : numbers;
    }

    /** Ids or, in menus whose items have names, names; all must exist or nothing changes. */
    private List<String> resolve(Menu menu, String numbers) throws RouterTrap {
        Set<String> ids = new LinkedHashSet<>();
        for (String reference : numbers.split(",")) {
            String wanted = reference.trim();
            Optional<String> id = RouterState.number(wanted)
                    .flatMap(number -> state.item(menu, RouterState.id(number)))
                    .or(() -> menu.named()
                            ? state.items(menu, item -> wanted.equals(item.get("name"))).stream().findFirst()
                            : Optional.empty())
                    .map(item -> item.get(".id"));
            ids.add(id.orElseThrow(RouterTrap::noSuchItem));
        }
        return List.copyOf(ids);
    }

    private static Map<String, String> writable(Menu menu, Map<String, String> attributes) throws RouterTrap {
        for (String attribute : attributes.keySet()) {
            if (!menu.writable(attribute)) {
                throw unknownParameter(attribute);
            }
        }
        return menu.normalized(attributes);
    }

    private static void refuseAny(Map<String, String> attributes) throws RouterTrap {
        if (!attributes.isEmpty()) {
            throw unknownParameter(attributes.keySet().iterator().next());
        }
    }

    private static RouterTrap unknownParameter(String attribute) {
        return new RouterTrap("unknown parameter " + attribute);
    }
}
