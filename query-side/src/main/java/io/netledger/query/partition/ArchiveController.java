package io.netledger.query.partition;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADMIN's archives of partitions past retention: the list, archiving now what is due (the daily run does it
 * anyway), and restoring one into a table of its own for an investigation. Partitions are telemetry and
 * read-model storage, not aggregates: nothing here is a command or an event (ADR 0024).
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class ArchiveController {

    private final PartitionRetention retention;
    private final ArchiveRestore restore;

    ArchiveController(PartitionRetention retention, ArchiveRestore restore) {
        this.retention = retention;
        this.restore = restore;
    }

    @GetMapping("/api/v1/admin/archives")
    Map<String, List<ArchiveRestore.Archive>> list() {
        return Map.of("content", restore.list());
    }

    @PostMapping("/api/v1/admin/archives")
    Map<String, List<ArchiveManifest>> archiveDue() {
        return Map.of("archived", retention.archiveExpired());
    }

    @PostMapping("/api/v1/admin/archives/{name}/restore")
    @ResponseStatus(HttpStatus.CREATED)
    ArchiveRestore.Restored restore(@PathVariable String name) {
        return restore.restore(name);
    }
}
