package vn.qrqg.platform.database;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A real PostgreSQL server, from the binaries that ship on Maven Central, whose data stays in
 * {@code <data-dir>/postgres} across restarts. Locked against the machine's other users: it
 * listens on 127.0.0.1 only, asks every connection for its role's password (SCRAM), with
 * passwords generated on the first start and kept in {@code <data-dir>/database.pgpass} (mode
 * 600), and the platform signs in as two roles that are not superusers ({@link EmbeddedRoles}).
 * Its binaries are unpacked under the data directory, not a shared temporary directory where
 * another user could plant their own ({@link #privateWorkingDirectory}). PostgreSQL refuses to
 * run as root; the project's scripts start the platform in a user namespace when they are run as
 * root (bin/lib/unprivileged.sh).
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String PASSWORD_FILE = "database.pgpass";

    private final EmbeddedPostgres postgres;
    private final EmbeddedPasswords passwords;

    private EmbeddedDatabase(EmbeddedPostgres postgres, EmbeddedPasswords passwords) {
        this.postgres = postgres;
        this.passwords = passwords;
    }

    /** Starts, or first creates, the database of the platform's data directory {@code dataDir}. */
    public static EmbeddedDatabase start(Path dataDir) {
        if (isRoot()) {
            throw new IllegalStateException("the embedded PostgreSQL cannot run as root: start the platform with "
                    + "bin/qrqg serve (which drops root in a user namespace), as an ordinary user, "
                    + "or point QRQG_DB_URL at an external PostgreSQL");
        }
        Path directory = dataDir.resolve("postgres");
        privateWorkingDirectory(dataDir.resolve("postgres-binaries"));
        EmbeddedPasswords passwords = EmbeddedPasswords.readOrCreate(dataDir.resolve(PASSWORD_FILE),
                List.of(EmbeddedRoles.SUPERUSER, EmbeddedRoles.OWNER, EmbeddedRoles.APP));
        Path initialPassword = null;
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false) // the data is the platform's: keep it across restarts
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "''")
                    // zonky starts PostgreSQL with -F (no fsync) and synchronous_commit off, for tests'
                    // speed; the platform acknowledges only what is on disk, so both go back on
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("shared_buffers", "512MB")
                    // stopped by the application context, after the requests in flight drained and the
                    // pools closed (close()), not by a JVM shutdown hook of its own running beside them
                    .setRegisterShutdownHook(false)
                    .setConnectConfig("password", passwords.of(EmbeddedRoles.SUPERUSER));
            if (!Files.exists(directory.resolve("postgresql.conf"))) {
                // a new cluster: initdb sets the superuser's password and asks for it from the first start
                // (its later --auth overrides the -A trust zonky passes first)
                initialPassword = privateFile(dataDir, passwords.of(EmbeddedRoles.SUPERUSER));
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initialPassword.toString());
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), passwords);
            EmbeddedRoles.lock(database.superuser(), passwords, directory.resolve("pg_hba.conf"));
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(initialPassword);
        }
    }

    /** The role that owns the schema: migrations and partitions. */
    public DatabaseLogin owner() {
        return login(EmbeddedRoles.OWNER);
    }

    /** The platform's runtime role. */
    public DatabaseLogin app() {
        return login(EmbeddedRoles.APP);
    }

    DatabaseLogin superuser() {
        return login(EmbeddedRoles.SUPERUSER);
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private DatabaseLogin login(String role) {
        return new DatabaseLogin("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", role, passwords.of(role));
    }

    /**
     * zonky unpacks its binaries into, and looks for other instances' stale data directories in,
     * its working directory, by default a shared {@code /tmp/embedded-pg} that it makes
     * world-writable: another user of the machine could plant binaries there for the platform to
     * run, or a stale directory whose pid file makes it stop a process of the platform's user.
     * Here that directory sits inside {@code binaries}, which only the platform's user may enter.
     */
    private static void privateWorkingDirectory(Path binaries) {
        try {
            Files.createDirectories(binaries);
            Files.setPosixFilePermissions(binaries, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + binaries + " private: " + e.getMessage(), e);
        } catch (UnsupportedOperationException notPosix) {
            // no POSIX permissions on this file system: nothing to restrict
        }
        System.setProperty("ot.epg.working-dir", binaries.resolve("zonky").toAbsolutePath().toString());
    }

    private static Path privateFile(Path directory, String text) throws IOException {
        Path file = Files.createTempFile(directory, ".initdb-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file of the owner's alone, in the data directory: the next start does not read it
        }
    }

    private static boolean isRoot() {
        return new UnixSystem().getUid() == 0;
    }
}
