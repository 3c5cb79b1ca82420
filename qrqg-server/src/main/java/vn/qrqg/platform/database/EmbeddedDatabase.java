package vn.qrqg.platform.database;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL server, from the binaries that ship on Maven Central, whose data stays in
 * {@code directory} across restarts. PostgreSQL refuses to run as root; the project's scripts
 * start the platform in a user namespace when they are run as root (bin/lib/unprivileged.sh).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path directory) {
        if (isRoot()) {
            throw new IllegalStateException("the embedded PostgreSQL cannot run as root: start the platform with "
                    + "bin/qrqg serve (which drops root in a user namespace), as an ordinary user, "
                    + "or point QRQG_DB_URL at an external PostgreSQL");
        }
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false) // the data is the platform's: keep it across restarts
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky starts PostgreSQL with -F (no fsync) and synchronous_commit off, for tests'
                    // speed; the platform acknowledges only what is on disk, so both go back on
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("shared_buffers", "512MB")
                    .start();
            return new EmbeddedDatabase(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static boolean isRoot() {
        return new UnixSystem().getUid() == 0;
    }
}
