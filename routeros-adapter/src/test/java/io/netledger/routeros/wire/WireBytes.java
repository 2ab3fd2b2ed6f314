package io.netledger.routeros.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Byte vectors written the way the protocol notes write them: prefix bytes, then text. */
final class WireBytes {

    private WireBytes() {
    }

    /** Integers are single bytes (0x00-0xFF); strings are their UTF-8 bytes. */
    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                if (b < 0 || b > 0xFF) {
                    throw new IllegalArgumentException("not a byte: " + b);
                }
                out.write(b);
            } else {
                out.writeBytes(((String) part).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
