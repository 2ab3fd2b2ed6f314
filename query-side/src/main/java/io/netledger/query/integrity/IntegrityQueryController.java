package io.netledger.query.integrity;

import io.netledger.api.BadRequest;
import java.net.URI;
import java.security.Principal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an auditor needs to trust the history without trusting this server: the public key, the signed
 * checkpoints, and integrity checks run here (docs/adr/0016-event-chain.md, docs/audit/VerifyExport.java).
 */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
class IntegrityQueryController {

    static final MediaType PEM = MediaType.parseMediaType("application/x-pem-file");
    private static final int MAX_SIZE = 10_000;

    private final ChainSigningKey key;
    private final IntegrityChecks checks;
    private final DataSource dataSource;

    IntegrityQueryController(ChainSigningKey key, IntegrityChecks checks, DataSource dataSource) {
        this.key = key;
        this.checks = checks;
        this.dataSource = dataSource;
    }

    record PublicKey(String keyId, String algorithm, String pem) {
    }

    record SignedCheckpoint(long position, String hash, String signedAt, String signature, String keyId) {
    }

    /** A page of checkpoints; {@code nextFromPosition} asks for the next page, null after the last. */
    record Checkpoints(List<SignedCheckpoint> content, Long nextFromPosition) {
    }

    record StartCheck(Long fromCheckpoint) {
    }

    @GetMapping(value = "/public-key", produces = MediaType.APPLICATION_JSON_VALUE)
    PublicKey publicKey() {
        return new PublicKey(key.keyId(), "Ed25519", key.publicKeyPem());
    }

    /** The PEM alone, to save as the file VerifyExport.java reads. */
    @GetMapping(value = "/public-key", produces = "application/x-pem-file")
    ResponseEntity<String> publicKeyPem() {
        return ResponseEntity.ok().contentType(PEM).header("NetLedger-Key-Id", key.keyId()).body(key.publicKeyPem());
    }

    @GetMapping("/checkpoints")
    Checkpoints checkpoints(@RequestParam(required = false) Long fromPosition,
            @RequestParam(required = false) Integer size) throws SQLException {
        int limit = size == null ? 1_000 : size;
        if (limit < 1 || limit > MAX_SIZE) {
            throw new BadRequest("size must be between 1 and " + MAX_SIZE + ": " + limit);
        }
        long from = fromPosition == null ? 0 : fromPosition;
        if (from < 0) {
            throw new BadRequest("fromPosition must not be negative: " + from);
        }
        List<Checkpoint> page;
        try (Connection connection = dataSource.getConnection()) {
            page = ChainTables.checkpoints(connection, from - 1, Long.MAX_VALUE, limit);
        }
        List<SignedCheckpoint> content = page.stream().map(c -> new SignedCheckpoint(c.position(),
                HexFormat.of().formatHex(c.hash()), c.signedAt(), Base64.getEncoder().encodeToString(c.signature()),
                c.keyId())).toList();
        return new Checkpoints(content, page.size() < limit ? null : page.get(page.size() - 1).position() + 1);
    }

    @PostMapping("/integrity-checks")
    ResponseEntity<IntegrityCheck> start(@RequestBody(required = false) StartCheck body, Principal me) {
        long id = checks.start(body == null ? null : body.fromCheckpoint(), me.getName());
        return ResponseEntity.accepted().location(URI.create("/api/v1/audit/integrity-checks/" + id))
                .body(checks.find(id));
    }

    @GetMapping("/integrity-checks/{id}")
    IntegrityCheck check(@PathVariable long id) {
        return checks.find(id);
    }

    /** The latest checks first. */
    @GetMapping("/integrity-checks")
    List<IntegrityCheck> latestChecks(@RequestParam(required = false) Integer size) {
        int limit = size == null ? 20 : size;
        if (limit < 1 || limit > 100) {
            throw new BadRequest("size must be between 1 and 100: " + limit);
        }
        return checks.latest(limit);
    }
}
