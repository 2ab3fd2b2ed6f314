package io.netledger.routeros.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One RouterOS API sentence, a request or a reply.
 *
 * @param word          the command word ({@code /ppp/secret/print}) or reply word
 *                      ({@code !re}, {@code !done}, {@code !trap}, {@code !fatal}, {@code !empty})
 * @param attributes    words {@code =name=value}, by name ({@code .id} for {@code =.id=*1A});
 *                      everything after the second {@code =} is the value, {@code =} included
 * @param apiAttributes words {@code .name=value}, by name with its dot ({@code .tag})
 * @param queries       words {@code ?...} without the {@code ?}, in order: a query is a stack
 *                      program, so {@code ?#|} applies to the queries before it
 * @param reason        the bare word a {@code !fatal} reply gives as its reason; null otherwise
 */
public record Sentence(
        String word,
        Map<String, String> attributes,
        Map<String, String> apiAttributes,
        List<String> queries,
        String reason) {

    private static final String FATAL = "!fatal";

    public Sentence {
        Objects.requireNonNull(word, "word");
        if (word.length() < 2 || word.charAt(0) != '/' && word.charAt(0) != '!') {
            throw new IllegalArgumentException(
                    "a sentence starts with a command word (/...) or a reply word (!...), not '" + word + "'");
        }
        attributes = copy(attributes, "attribute", name -> !name.isEmpty() && name.indexOf('=') < 0);
        apiAttributes = copy(apiAttributes, "API attribute",
                name -> name.length() > 1 && name.charAt(0) == '.' && name.indexOf('=') < 0);
        queries = List.copyOf(queries);
        if (queries.contains("")) {
            throw new IllegalArgumentException("a query word has something after its '?'");
        }
        if (reason != null && !word.equals(FATAL)) {
            throw new IllegalArgumentException("only a !fatal reply carries a bare reason word, not " + word);
        }
        if (reason != null && (reason.isEmpty() || "=.?!/".indexOf(reason.charAt(0)) >= 0)) {
            // such a word would be read back as an attribute, query or new sentence
            throw new IllegalArgumentException("a !fatal reason must be plain text: '" + reason + "'");
        }
    }

    public static Sentence of(String word) {
        return new Sentence(word, Map.of(), Map.of(), List.of(), null);
    }

    public static Sentence fatal(String reason) {
        return new Sentence(FATAL, Map.of(), Map.of(), List.of(), reason);
    }

    public Sentence with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(attributes);
        more.put(name, value);
        return new Sentence(word, more, apiAttributes, queries, reason);
    }

    public Sentence withApiAttribute(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(apiAttributes);
        more.put(name, value);
        return new Sentence(word, attributes, more, queries, reason);
    }

    public Sentence withTag(String tag) {
        return withApiAttribute(".tag", tag);
    }

    public Sentence withQuery(String query) {
        List<String> more = new ArrayList<>(queries);
        more.add(query);
        return new Sentence(word, attributes, apiAttributes, more, reason);
    }

    public Optional<String> tag() {
        return Optional.ofNullable(apiAttributes.get(".tag"));
    }

    /** The words as sent: command or reply word, reason, attributes, API attributes, queries. */
    public List<String> words() {
        List<String> words = new ArrayList<>();
        words.add(word);
        if (reason != null) {
            words.add(reason);
        }
        attributes.forEach((name, value) -> words.add("=" + name + "=" + value));
        apiAttributes.forEach((name, value) -> words.add(name + "=" + value));
        queries.forEach(query -> words.add("?" + query));
        return words;
    }

    /**
     * Reads a sentence's words as the manual defines them. A repeated name is refused rather
     * than letting one value silently win.
     */
    public static Sentence parse(List<String> words) throws ProtocolViolation {
        if (words.isEmpty()) {
            throw new ProtocolViolation("a sentence has at least one word");
        }
        String first = words.get(0);
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, String> apiAttributes = new LinkedHashMap<>();
        List<String> queries = new ArrayList<>();
        String reason = null;
        for (String word : words.subList(1, words.size())) {
            if (word.startsWith("=")) {
                int separator = word.indexOf('=', 1);
                if (separator < 0) {
                    throw new ProtocolViolation("attribute word '" + word + "' has no '=' between name and value");
                }
                put(attributes, word.substring(1, separator), word.substring(separator + 1), word);
            } else if (word.startsWith(".")) {
                int separator = word.indexOf('=');
                if (separator < 0) {
                    throw new ProtocolViolation("API attribute word '" + word + "' has no '=' after its name");
                }
                put(apiAttributes, word.substring(0, separator), word.substring(separator + 1), word);
            } else if (word.startsWith("?")) {
                queries.add(word.substring(1));
            } else if (first.equals(FATAL) && reason == null) {
                reason = word;
            } else {
                throw new ProtocolViolation("unexpected word '" + word + "' in a " + first + " sentence");
            }
        }
        try {
            return new Sentence(first, attributes, apiAttributes, queries, reason);
        } catch (IllegalArgumentException e) {
            throw new ProtocolViolation(e.getMessage(), e);
        }
    }

    /** The next sentence, or empty when the stream ends cleanly between sentences. */
    public static Optional<Sentence> readFrom(InputStream in) throws IOException {
        Optional<List<String>> words = WordCodec.readSentence(in);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse(words.get()));
    }

    public void writeTo(OutputStream out) throws IOException {
        WordCodec.writeSentence(out, words());
    }

    private static void put(Map<String, String> into, String name, String value, String word)
            throws ProtocolViolation {
        if (into.putIfAbsent(name, value) != null) {
            throw new ProtocolViolation("'" + name + "' appears twice in one sentence (again as '" + word + "')");
        }
    }

    private static Map<String, String> copy(Map<String, String> words, String kind, Predicate<String> validName) {
        Map<String, String> copy = new LinkedHashMap<>();
        words.forEach((name, value) -> {
            if (name == null || !validName.test(name)) {
                throw new IllegalArgumentException("not a valid " + kind + " name: '" + name + "'");
            }
            copy.put(name, Objects.requireNonNull(value, () -> kind + " " + name + " has no value"));
        });
        return Collections.unmodifiableMap(copy);
    }
}
