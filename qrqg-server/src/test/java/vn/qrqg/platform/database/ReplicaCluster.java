package vn.qrqg.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL primary and a streaming replica on loopback, made and driven by
 * {@code bin/lib/replica.sh} from the machine's PostgreSQL binaries, for tests. Stopped (and its
 * directory removed) by {@link #stop}, or at the latest when the JVM ends.
 */
final class ReplicaCluster {
    private static final Path SCRIPT = script();
    private static final long SCRIPT_TIMEOUT_SECONDS = 45;

    private final Path directory;
    private final Map<String, String> env;
    private final Thread stopAtExit;
    private boolean stopped;

    private ReplicaCluster(Path directory, Map<String, String> env) {
        this.directory = directory;
        this.env = env;
        this.stopAtExit = new Thread(this::stopQuietly, "replica-cluster-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Why none can be started here, or null when one can: the script and the PostgreSQL binaries it needs. */
    static String unavailableBecause() {
        if (System.getenv("QRQG_DB_URL") != null) {
            // the cluster is this test's own, whatever database the others use: the embedded pass runs it
            return "it starts its own primary and replica, and runs in the embedded pass (QRQG_DB_URL is set)";
        }
        if (SCRIPT == null) {
            return "bin/lib/replica.sh not found above " + Path.of("").toAbsolutePath();
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            if (versions.anyMatch(version -> Files.isExecutable(version.resolve("bin/pg_basebackup")))) {
                return null;
            }
        } catch (IOException e) {
            // no /usr/lib/postgresql at all
        }
        return "no PostgreSQL binaries under /usr/lib/postgresql/*/bin (bin/lib/replica.sh installs them when run as root)";
    }

    static ReplicaCluster start() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("qrqg-replica-");
        Files.delete(directory); // the script makes it, private
        run("start", directory);
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(directory.resolve("env"), StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                env.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return new ReplicaCluster(directory, env);
    }

    /** A value of the cluster's env file: QRQG_DB_URL, QRQG_DB_READ_URL, QRQG_DB_USER, … */
    String env(String key) {
        return env.get(key);
    }

    /** The replica stops replaying the primary's WAL: from now on it lags. */
    void pauseReplay() throws IOException, InterruptedException {
        run("pause", directory);
    }

    void resumeReplay() throws IOException, InterruptedException {
        run("resume", directory);
    }

    void stopReplica() throws IOException, InterruptedException {
        run("stop-replica", directory);
    }

    /** The replica's database as its superuser. */
    Connection replicaAsSuperuser() throws SQLException {
        return DriverManager.getConnection(env("QRQG_DB_READ_URL"), "postgres", env("SUPERUSER_PASSWORD"));
    }

    synchronized void stop() throws IOException, InterruptedException {
        if (!stopped) {
            run("stop", directory);
            stopped = true;
            try {
                Runtime.getRuntime().removeShutdownHook(stopAtExit);
            } catch (IllegalStateException exiting) {
                // the JVM is ending: the hook is what runs this
            }
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (IOException | InterruptedException e) {
            System.err.println("could not stop the replica cluster in " + directory + ": " + e.getMessage());
        }
    }

    private static void run(String command, Path directory) throws IOException, InterruptedException {
        Path output = Files.createTempFile("qrqg-replica-", ".log");
        try {
            Process process = new ProcessBuilder(List.of("bash", SCRIPT.toString(), command, directory.toString()))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("bin/lib/replica.sh " + command + " took more than " + SCRIPT_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("bin/lib/replica.sh " + command + " failed (exit " + process.exitValue() + "): "
                        + Files.readString(output, StandardCharsets.UTF_8).strip());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("bin/lib/replica.sh");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
