package io.netledger.genieacs;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A GenieACS device {@code _id}: {@code <OUI>-<ProductClass>-<SerialNumber>}, or {@code <OUI>-<SerialNumber>}
 * when the CPE reports no product class.
 *
 * <p>GenieACS builds the id by percent-encoding (UTF-8, upper-case hex) every character of each part that is
 * not a letter, digit or {@code _}, so a literal {@code -} inside a part arrives as {@code %2D} and the bare
 * {@code -} only separates parts. The OUI is everything before the first separator and the serial number
 * everything after the last; the accessors give the decoded values, as the CPE reported them.
 *
 * <p>The id itself is kept exactly as GenieACS wrote it, because that string is the MongoDB key: rebuilding
 * it from the decoded parts could produce a different (if equivalent) spelling that finds no device. TR-069
 * says an OUI is six hex digits, but GenieACS stores whatever the CPE sends, so that is not enforced here:
 * refusing an id the ACS already holds would leave the device unmanageable.
 */
public final class DeviceId {

    private final String value;
    private final String oui;
    private final String productClass;
    private final String serialNumber;

    private DeviceId(String value, String oui, String productClass, String serialNumber) {
        this.value = value;
        this.oui = oui;
        this.productClass = productClass;
        this.serialNumber = serialNumber;
    }

    /** Parses an {@code _id} as GenieACS returns it, e.g. {@code 00259E-HG8245H-48575443A1B2C3D4}. */
    public static DeviceId parse(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("GenieACS device id is missing");
        }
        int first = id.indexOf('-');
        int last = id.lastIndexOf('-');
        if (first < 0) {
            throw new IllegalArgumentException("GenieACS device id has no '-' between OUI and serial number: " + id);
        }
        String oui = decode(id.substring(0, first), "OUI", id);
        String serialNumber = decode(id.substring(last + 1), "serial number", id);
        String productClass = first == last ? null : decode(id.substring(first + 1, last), "product class", id);
        return new DeviceId(id, oui, productClass, serialNumber);
    }

    /**
     * The id GenieACS gives a CPE that reports these {@code DeviceIdStruct} values; a null or empty product
     * class leaves it out, as GenieACS does.
     */
    public static DeviceId of(String oui, String productClass, String serialNumber) {
        String parts = oui + " / " + productClass + " / " + serialNumber;
        requirePart(oui, "OUI", parts);
        requirePart(serialNumber, "serial number", parts);
        boolean hasProductClass = productClass != null && !productClass.isEmpty();
        if (hasProductClass) {
            requirePart(productClass, "product class", parts);
        }
        String id = hasProductClass
                ? escape(oui) + "-" + escape(productClass) + "-" + escape(serialNumber)
                : escape(oui) + "-" + escape(serialNumber);
        return new DeviceId(id, oui, hasProductClass ? productClass : null, serialNumber);
    }

    /** The {@code _id} exactly as GenieACS stores it. */
    public String value() {
        return value;
    }

    public String oui() {
        return oui;
    }

    /** Empty when the CPE reported no product class and the id has only two parts. */
    public Optional<String> productClass() {
        return Optional.ofNullable(productClass);
    }

    public String serialNumber() {
        return serialNumber;
    }

    /**
     * The id encoded for one path segment, as in {@code /devices/<segment>/tasks}. The NBI matches that segment
     * against {@code [a-zA-Z0-9\-_%]+} and then URL-decodes it, so every other byte is percent-encoded, the
     * {@code %} of an already-escaped part included ({@code %2D} becomes {@code %252D}), and a space becomes
     * {@code %20}, never {@code +}.
     */
    public String pathSegment() {
        return percentEncode(value, true);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeviceId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }

    private static void requirePart(String part, String name, String id) {
        if (part == null || part.isBlank()) {
            throw new IllegalArgumentException("GenieACS device id has a blank " + name + ": " + id);
        }
    }

    private static String decode(String part, String name, String id) {
        requirePart(part, name, id);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
        int i = 0;
        while (i < part.length()) {
            int c = part.codePointAt(i);
            if (c != '%') {
                byte[] literal = Character.toString(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(literal, 0, literal.length);
                i += Character.charCount(c);
                continue;
            }
            if (i + 2 >= part.length() || !HexFormat.isHexDigit(part.charAt(i + 1))
                    || !HexFormat.isHexDigit(part.charAt(i + 2))) {
                throw new IllegalArgumentException("GenieACS device id has a malformed escape in its " + name + ": "
                        + id);
            }
            bytes.write(HexFormat.fromHexDigits(part, i + 1, i + 3));
            i += 3;
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("GenieACS device id's " + name + " is not UTF-8: " + id, e);
        }
        requirePart(decoded, name, id);
        return decoded;
    }

    // GenieACS's own escaping of a DeviceIdStruct value: everything but letters, digits and '_'.
    private static String escape(String part) {
        return percentEncode(part, false);
    }

    private static String percentEncode(String text, boolean keepHyphen) {
        StringBuilder encoded = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean plain = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_'
                    || keepHyphen && c == '-';
            if (plain) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
