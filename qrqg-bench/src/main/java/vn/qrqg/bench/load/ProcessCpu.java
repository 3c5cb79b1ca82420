package vn.qrqg.bench.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time another process on this machine has used so far, from Linux's
 * {@code /proc/PID/stat}: the platform's JVM alone, or its embedded PostgreSQL's postmaster with
 * its children (backends, checkpointer, WAL writer). Sampled at both ends of the measured window,
 * so that a run reports the platform's own CPU per operation, JVM and database apart.
 *
 * @param name what the process is, e.g. {@code jvm} or {@code postgres}, as reported
 * @param withChildren also the process's children, alive (their own time) or already reaped by it
 *     (its {@code cutime} and {@code cstime}), so a backend that exits mid-window still counts
 */
record ProcessCpu(String name, long pid, boolean withChildren) {
    /** USER_HZ: the unit of /proc's times, 100 on every architecture Linux's user ABI knows. */
    static final double TICKS_PER_SECOND = 100;

    ProcessCpu {
        if (pid <= 0) {
            throw new IllegalArgumentException("the " + name + " process id must be positive, not " + pid);
        }
    }

    /** CPU seconds so far; NaN when the process is gone or /proc is unreadable. */
    double seconds() {
        try {
            String own = read(Path.of("/proc", Long.toString(pid), "stat"));
            long ticks = ticks(own, withChildren);
            if (withChildren) {
                try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
                    for (Path process : processes) {
                        String stat = readIfThere(process.resolve("stat"));
                        if (stat != null && parent(stat) == pid) {
                            ticks += ticks(stat, true);
                        }
                    }
                }
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) { // gone, or no /proc
            return Double.NaN;
        }
    }

    /** utime + stime of one {@code /proc/PID/stat} line, plus cutime + cstime when asked. */
    static long ticks(String stat, boolean withReapedChildren) {
        String[] fields = afterName(stat);
        // after the name: state(3) ppid(4) … utime(14) stime(15) cutime(16) cstime(17), 1-based in proc(5)
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return withReapedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
    }

    static long parent(String stat) {
        return Long.parseLong(afterName(stat)[1]);
    }

    /** The fields after the command name, which is in parentheses and may itself hold spaces and parentheses. */
    private static String[] afterName(String stat) {
        int end = stat.lastIndexOf(')');
        if (end < 0) {
            throw new IllegalArgumentException("not a /proc/PID/stat line: " + stat);
        }
        return stat.substring(end + 1).trim().split("\\s+");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    /** A process may end between listing /proc and reading its stat. */
    private static String readIfThere(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) { // NoSuchFileException among them
            return null;
        }
    }
}
