package vn.qrqg.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's own CPU time over the measured window, and how busy the whole machine was
 * (Linux {@code /proc/stat}): the generator shares the cores with the platform it measures, so
 * both belong in a result. Also, when given, the platform's own processes over the same window
 * ({@link ProcessCpu}): its JVM and its PostgreSQL apart. Processes of one name (the JVMs of several
 * instances) are reported as one sum.
 */
final class CpuMeter {
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long processStart = -1;
    private long wallStart;
    private long[] machineStart;
    private long processNanos;
    private long wallNanos;
    private double machineBusy = Double.NaN;
    private final List<ProcessCpu> watched;
    private final double[] watchedStart;
    private final Map<String, Double> watchedSeconds = new LinkedHashMap<>();

    CpuMeter() {
        this(List.of());
    }

    CpuMeter(List<ProcessCpu> watched) {
        this.watched = List.copyOf(watched);
        this.watchedStart = new double[watched.size()];
    }

    void start() {
        wallStart = System.nanoTime();
        processStart = os.getProcessCpuTime();
        machineStart = machineTicks();
        for (int i = 0; i < watched.size(); i++) {
            watchedStart[i] = watched.get(i).seconds();
        }
    }

    void stop() {
        if (processStart < 0) {
            return;
        }
        processNanos = os.getProcessCpuTime() - processStart;
        wallNanos = System.nanoTime() - wallStart;
        long[] machineEnd = machineTicks();
        if (machineStart != null && machineEnd != null && machineEnd[1] > machineStart[1]) {
            machineBusy = (double) (machineEnd[0] - machineStart[0]) / (machineEnd[1] - machineStart[1]);
        }
        for (int i = 0; i < watched.size(); i++) { // NaN, and so the sum, when one of a name is gone
            watchedSeconds.merge(watched.get(i).name(), watched.get(i).seconds() - watchedStart[i], Double::sum);
        }
    }

    /** CPU seconds the generator used between start and stop. */
    double processSeconds() {
        return processNanos / 1e9;
    }

    /** The generator's CPU as a share of one core, e.g. 0.25. */
    double processCoreShare() {
        return wallNanos == 0 ? 0 : (double) processNanos / wallNanos;
    }

    /** How long the measured window lasted, in seconds. */
    double windowSeconds() {
        return wallNanos / 1e9;
    }

    /** CPU seconds the watched processes used between start and stop, by name (summed); NaN where one could not be read. */
    Map<String, Double> watchedSeconds() {
        return watchedSeconds;
    }

    /** The share of all cores' time the machine was busy, 0–1; NaN where /proc/stat is missing. */
    double machineBusy() {
        return machineBusy;
    }

    /** Busy and total ticks from /proc/stat's first line, or null. */
    private static long[] machineTicks() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < fields.length; i++) { // user nice system idle iowait irq softirq steal
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
