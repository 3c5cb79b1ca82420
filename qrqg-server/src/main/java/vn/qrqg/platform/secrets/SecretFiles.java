package vn.qrqg.platform.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets the platform generates once and keeps in its data directory, readable and writable
 * by the platform's own OS user alone (mode 600): the key-encryption key when none is
 * configured, the embedded database's passwords.
 */
public final class SecretFiles {
    private static final Logger LOG = LoggerFactory.getLogger(SecretFiles.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretFiles() {
    }

    /**
     * The text of {@code file}. When it does not exist yet, it is first created, mode 600,
     * holding what {@code generate} gives; two processes doing so at once agree on one text
     * (the file appears whole, never half-written). A file that others may read is used with a
     * warning naming it (never its content).
     *
     * @param what what the file holds, for messages, e.g. "the key-encryption key"
     */
    public static String readOrCreate(Path file, String what, Supplier<String> generate) {
        try {
            if (!Files.exists(file)) {
                create(file, generate.get());
            }
            warnIfOthersMayRead(file, what);
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep " + what + " in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the text to a private temporary file, then links it in place: the name appears only once whole. */
    private static void create(Path file, String text) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary;
        try {
            temporary = Files.createTempFile(directory, ".secret-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (UnsupportedOperationException notPosix) {
            temporary = Files.createTempFile(directory, ".secret-", ".tmp");
        }
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.createLink(file, temporary);
        } catch (FileAlreadyExistsException raced) {
            // another process created it first: theirs is the one
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void warnIfOthersMayRead(Path file, String what) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                LOG.warn("{} holds {} and others than its owner may read or change it ({}): chmod 600 it",
                        file.toAbsolutePath(), what, PosixFilePermissions.toString(permissions));
            }
        } catch (UnsupportedOperationException notPosix) {
            // no POSIX permissions on this file system: nothing to check
        }
    }
}
