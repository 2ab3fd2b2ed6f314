import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verifies a NetLedger event export offline, trusting only the public key (docs/adr/0016-event-chain.md):
 *
 * <pre>java VerifyExport.java events.ndjson checkpoints.json public-key.pem</pre>
 *
 * events.ndjson is GET /api/v1/events, one event a line, from the first position; checkpoints.json is
 * GET /api/v1/audit/checkpoints, one page or several one after another (or arrays of their "content"),
 * and only the checkpoints it holds are verified; public-key.pem is
 * GET /api/v1/audit/public-key as application/x-pem-file. It recomputes the chain from the first line,
 * checks every signed checkpoint the export covers, and prints either "intact up to position N, K
 * checkpoints verified" (exit 0) or where the chain breaks and how (exit 1). JDK 17, no dependencies.
 */
public final class VerifyExport {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java VerifyExport.java events.ndjson checkpoints.json public-key.pem");
            System.exit(2);
        }
        PublicKey key = publicKey(Files.readString(Path.of(args[2])));
        TreeMap<Long, Map<String, Object>> checkpoints = checkpoints(Files.readString(Path.of(args[1])));
        String result = verify(Path.of(args[0]), checkpoints, key);
        System.out.println(result);
        System.exit(result.startsWith("intact") ? 0 : 1);
    }

    static String verify(Path events, TreeMap<Long, Map<String, Object>> checkpoints, PublicKey key)
            throws Exception {
        for (Map<String, Object> checkpoint : checkpoints.values()) {
            if (!signed(checkpoint, key)) {
                return "broken at position " + checkpoint.get("position")
                        + ": the checkpoint's signature does not verify with this public key (checkpoint_forged)";
            }
        }
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] previous = new byte[32];
        long last = 0;
        int verified = 0;
        try (BufferedReader lines = Files.newBufferedReader(events, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> event = object(line);
                long position = number(event, "position");
                if (position <= last) {
                    return "broken at position " + position + ": the export is not in position order";
                }
                Long passed = firstCheckpointBetween(checkpoints, last, position);
                if (passed != null) {
                    return "broken at position " + passed + ": the signed checkpoint names a position the export"
                            + " does not hold (an event was deleted) (checkpoint_mismatch)";
                }
                byte[] link = link(sha256, previous, event);
                Object exported = event.get("hash");
                if (exported != null && !HexFormat.of().formatHex(link).equals(exported)) {
                    return "broken at position " + position + ": its hash does not follow from the events before it"
                            + " (this event, or one between position " + last + " and it, was changed, removed or"
                            + " added)";
                }
                Map<String, Object> checkpoint = checkpoints.get(position);
                if (checkpoint != null) {
                    if (!HexFormat.of().formatHex(link).equals(checkpoint.get("hash"))) {
                        return "broken at or before position " + position + ": the recomputed chain differs from the"
                                + " signed checkpoint (events after position " + lastVerified(checkpoints, position)
                                + " were rewritten) (checkpoint_mismatch)";
                    }
                    verified++;
                }
                previous = link;
                last = position;
            }
        }
        return "intact up to position " + last + ", " + verified + " checkpoints verified";
    }

    /** ADR 0016: SHA-256 over the previous link and each field as a 4-byte big-endian length and its bytes. */
    static byte[] link(MessageDigest sha256, byte[] previous, Map<String, Object> event) {
        sha256.update(previous);
        field(sha256, utf8(Long.toString(number(event, "position"))));
        field(sha256, utf8((String) event.get("eventId")));
        field(sha256, utf8((String) event.get("aggregateId")));
        field(sha256, utf8((String) event.get("aggregateType")));
        field(sha256, utf8(Long.toString(number(event, "sequence"))));
        field(sha256, utf8((String) event.get("payloadType")));
        field(sha256, utf8((String) event.get("payloadRevision")));
        field(sha256, utf8((String) event.get("timestamp")));
        field(sha256, base64((String) event.get("payload")));
        field(sha256, base64((String) event.get("metaData")));
        return sha256.digest();
    }

    /** ADR 0016: the signed message, one UTF-8 line per field. */
    static boolean signed(Map<String, Object> checkpoint, PublicKey key) throws Exception {
        String message = "netledger-event-chain-checkpoint-v1\n" + checkpoint.get("position") + "\n"
                + checkpoint.get("hash") + "\n" + checkpoint.get("signedAt") + "\n" + checkpoint.get("keyId") + "\n";
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(message.getBytes(StandardCharsets.UTF_8));
        try {
            return verifier.verify(Base64.getDecoder().decode((String) checkpoint.get("signature")));
        } catch (java.security.SignatureException | IllegalArgumentException malformed) {
            return false;
        }
    }

    private static Long firstCheckpointBetween(TreeMap<Long, Map<String, Object>> checkpoints, long after,
            long before) {
        Long next = checkpoints.higherKey(after);
        return next != null && next < before ? next : null;
    }

    private static long lastVerified(TreeMap<Long, Map<String, Object>> checkpoints, long position) {
        Long before = checkpoints.lowerKey(position);
        return before == null ? 0 : before;
    }

    private static void field(MessageDigest sha256, byte[] bytes) {
        int length = bytes == null ? -1 : bytes.length;
        sha256.update(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        if (bytes != null) {
            sha256.update(bytes);
        }
    }

    private static byte[] utf8(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] base64(String value) {
        return value == null ? null : Base64.getDecoder().decode(value);
    }

    private static long number(Map<String, Object> object, String name) {
        Object value = object.get(name);
        if (!(value instanceof Long number)) {
            throw new IllegalArgumentException(name + " must be a whole number: " + value);
        }
        return number;
    }

    private static PublicKey publicKey(String pem) throws Exception {
        String body = pem.replaceAll("(?s).*-----BEGIN PUBLIC KEY-----", "").replaceAll("(?s)-----END PUBLIC KEY-----.*", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    /** One or more pages of GET /api/v1/audit/checkpoints one after another (or arrays of their content). */
    @SuppressWarnings("unchecked")
    private static TreeMap<Long, Map<String, Object>> checkpoints(String json) {
        TreeMap<Long, Map<String, Object>> byPosition = new TreeMap<>();
        Json pages = new Json(json);
        while (!pages.atEnd()) {
            Object parsed = pages.value();
            List<Object> list = parsed instanceof Map<?, ?> page ? (List<Object>) page.get("content")
                    : (List<Object>) parsed;
            for (Object item : list) {
                Map<String, Object> checkpoint = (Map<String, Object>) item;
                byPosition.put(number(checkpoint, "position"), checkpoint);
            }
        }
        return byPosition;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String line) {
        return (Map<String, Object>) new Json(line).value();
    }

    /** Just enough JSON for these two flat formats: objects, arrays, strings, whole numbers, null, booleans. */
    private static final class Json {

        private final String text;
        private int at;

        Json(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> object = new LinkedHashMap<>();
                at++;
                skipSpace();
                if (text.charAt(at) == '}') {
                    at++;
                    return object;
                }
                do {
                    skipSpace();
                    String name = string();
                    skipSpace();
                    expect(':');
                    object.put(name, value());
                    skipSpace();
                } while (text.charAt(at++) == ',');
                check(text.charAt(at - 1) == '}');
                return object;
            }
            if (c == '[') {
                List<Object> array = new ArrayList<>();
                at++;
                skipSpace();
                if (text.charAt(at) == ']') {
                    at++;
                    return array;
                }
                do {
                    array.add(value());
                    skipSpace();
                } while (text.charAt(at++) == ',');
                check(text.charAt(at - 1) == ']');
                return array;
            }
            if (c == '"') {
                return string();
            }
            for (String word : new String[] {"null", "true", "false"}) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = at;
            while (at < text.length() && "-0123456789".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            check(at > start);
            return Long.parseLong(text.substring(start, at));
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            }
        }

        private void expect(char c) {
            check(text.charAt(at++) == c);
        }

        private void check(boolean ok) {
            if (!ok) {
                throw new IllegalArgumentException("malformed JSON at character " + at);
            }
        }

        boolean atEnd() {
            skipSpace();
            return at == text.length();
        }

        private void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
    }

}
