package io.netledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The app's netledger.data-dir for the run: NETLEDGER_DATA_DIR when given, otherwise a
 * temporary directory deleted afterwards, so the bench never touches a user's ./data
 * (it holds the embedded PostgreSQL and the JWT secret).
 */
final class DataDirectory implements AutoCloseable {

    private final Path path;
    private final boolean temporary;

    private DataDirectory(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    static DataDirectory fromEnvironment() throws IOException {
        String given = BenchDatabase.setting("netledger.data-dir", "NETLEDGER_DATA_DIR");
        if (given != null && !given.isBlank()) {
            return new DataDirectory(Path.of(given).toAbsolutePath(), false);
        }
        return temporary();
    }

    /** A fresh temporary directory, whatever NETLEDGER_DATA_DIR says: a first start needs an empty one. */
    static DataDirectory temporary() throws IOException {
        return new DataDirectory(Files.createTempDirectory("netledger-bench-"), true);
    }

    Path path() {
        return path;
    }

    String springArgument() {
        return "--netledger.data-dir=" + path;
    }

    String describe() {
        return path + (temporary ? " (temporary, deleted afterwards)" : " (NETLEDGER_DATA_DIR, kept)");
    }

    /** Deletes a temporary directory; call after the embedded PostgreSQL stopped. */
    @Override
    public void close() throws IOException {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
