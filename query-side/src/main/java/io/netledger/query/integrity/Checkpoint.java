package io.netledger.query.integrity;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** A signed statement that the chain's link at {@code position} was {@code hash} at {@code signedAt}. */
record Checkpoint(long position, byte[] hash, String signedAt, byte[] signature, String keyId) {

    /** What is signed (ADR 0016), one UTF-8 line per field; VerifyExport.java builds the same. */
    byte[] message() {
        return ("netledger-event-chain-checkpoint-v1\n" + position + "\n" + HexFormat.of().formatHex(hash) + "\n"
                + signedAt + "\n" + keyId + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
