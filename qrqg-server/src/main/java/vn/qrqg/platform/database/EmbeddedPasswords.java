package vn.qrqg.platform.database;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.qrqg.platform.secrets.SecretFiles;

/**
 * The embedded PostgreSQL's role passwords: 256 random bits each, generated on the first start
 * and kept in one file of the data directory, mode 600, in PostgreSQL's own password-file format
 * ({@code host:port:database:role:password}), so that an operator's {@code psql} reads it too:
 * {@code PGPASSFILE=data/database.pgpass psql -h 127.0.0.1 -p PORT -U qrqg_owner postgres}.
 */
final class EmbeddedPasswords {
    private final Path file;
    private final Map<String, String> byRole;

    private EmbeddedPasswords(Path file, Map<String, String> byRole) {
        this.file = file;
        this.byRole = byRole;
    }

    /** Those in {@code file}, which is first created with a new password for each of {@code roles} when missing. */
    static EmbeddedPasswords readOrCreate(Path file, List<String> roles) {
        String text = SecretFiles.readOrCreate(file, "the embedded database's passwords", () -> roles.stream()
                .map(role -> "127.0.0.1:*:*:" + role + ":" + generated() + "\n").collect(Collectors.joining()));
        Map<String, String> byRole = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] fields = line.strip().split(":");
            if (fields.length == 5 && !line.startsWith("#")) {
                byRole.put(fields[3], fields[4]);
            }
        }
        for (String role : roles) {
            if (byRole.getOrDefault(role, "").isEmpty()) {
                throw new IllegalStateException(file.toAbsolutePath() + " has no password for the embedded database's role "
                        + role + ": restore the file from a backup of the data directory");
            }
        }
        return new EmbeddedPasswords(file, byRole);
    }

    String of(String role) {
        return byRole.get(role);
    }

    Path file() {
        return file;
    }

    /** 32 random bytes in base64url: no character the password-file format would need to escape. */
    private static String generated() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
