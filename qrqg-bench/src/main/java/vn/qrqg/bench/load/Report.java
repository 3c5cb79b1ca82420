package vn.qrqg.bench.load;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/** The result of a run: a short table for people, the same and more as JSON for the record. */
final class Report {
    /** An answer slower than this is a stall (issue 16: "no stall over 200 ms"); the report lists the seconds with one. */
    static final long STALL_MILLIS = 200;

    /** One latency row, in milliseconds. */
    record Row(String name, long count, double perSecond, double p50, double p90, double p99, double p999,
            double max) {

        static Row of(String name, Histogram h, double seconds) {
            return new Row(name, h.getTotalCount(), seconds > 0 ? h.getTotalCount() / seconds : 0,
                    ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)),
                    ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }

    private final LoadOptions options;
    private final Results results;
    private final CpuMeter cpu;
    private final Instant startedAt;

    Report(LoadOptions options, Results results, CpuMeter cpu, Instant startedAt) {
        this.options = options;
        this.results = results;
        this.cpu = cpu;
        this.startedAt = startedAt;
    }

    /** A row per successful kind, then every HTTP answer, then (open loop) the same from the actual send. */
    List<Row> rows() {
        double seconds = results.measuredSeconds();
        List<Row> rows = new ArrayList<>();
        results.okLatency().forEach((kind, histogram) -> rows.add(Row.of(kind, histogram, seconds)));
        rows.add(Row.of("all answers", results.answered(), seconds));
        if (options.openLoop()) {
            rows.add(Row.of("(service time)", results.service(), seconds));
        }
        return rows;
    }

    /** The generator's CPU per request sent in the measured window, in µs. */
    double cpuMicrosPerRequest() {
        long sent = results.sentCount();
        return sent == 0 ? 0 : cpu.processSeconds() * 1e6 / sent;
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nqrqg load: %s against %s, %s%n", options.scenario(), options.url(), options.loadShape()));
        out.append(String.format("measured %.1f s after a %s warmup; latency in ms from each request's %s%n%n",
                results.measuredSeconds(), Durations.format(options.warmup()),
                options.openLoop() ? "intended send time" : "send"));
        out.append(String.format("%-16s %9s %9s %8s %8s %8s %8s %8s%n",
                "kind", "count", "per s", "p50", "p90", "p99", "p99.9", "max"));
        for (Row row : rows()) {
            out.append(String.format(Locale.ROOT, "%-16s %9d %9.1f %8.2f %8.2f %8.2f %8.2f %8.2f%n", row.name(),
                    row.count(), row.perSecond(), row.p50(), row.p90(), row.p99(), row.p999(), row.max()));
        }
        Map<Long, Double> stalls = results.secondsSlowerThan(STALL_MILLIS);
        out.append(String.format(Locale.ROOT, "%nstalls: %s%n", stalls.isEmpty()
                ? "no answer slower than " + STALL_MILLIS + " ms"
                : stalls.size() + " second(s) with an answer slower than " + STALL_MILLIS + " ms, at "
                        + stalls.entrySet().stream().limit(10)
                                .map(stall -> String.format(Locale.ROOT, "+%ds (%.0f ms)", stall.getKey(), stall.getValue()))
                                .collect(Collectors.joining(", "))
                        + (stalls.size() > 10 ? ", …" : "")));
        Map<String, Long> errors = results.errors();
        out.append(errors.isEmpty() ? "\nerrors: none\n" : "\nerrors (" + results.errorCount() + "):\n");
        errors.forEach((kind, count) -> out.append(String.format("  %-40s %9d%n", kind, count)));
        out.append(String.format(Locale.ROOT, "generator: %.0f µs CPU per request (%.0f%% of one core), %s%n",
                cpuMicrosPerRequest(), 100 * cpu.processCoreShare(), HttpLoad.clientName()));
        long answers = results.answered().getTotalCount();
        cpu.watchedSeconds().forEach((name, seconds) -> out.append(String.format(Locale.ROOT,
                "platform %s: %.1f s CPU in the window, %.0f µs per answer%n", name, seconds,
                answers == 0 ? Double.NaN : seconds * 1e6 / answers)));
        if (!Double.isNaN(cpu.machineBusy())) {
            out.append(String.format(Locale.ROOT, "machine: %.0f%% busy over %d cores (generator included)%n",
                    100 * cpu.machineBusy(), Runtime.getRuntime().availableProcessors()));
        }
        return out.append("JSON: ").append(options.json()).append('\n').toString();
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", options.scenario());
        json.put("startedAt", startedAt.toString());
        json.put("url", options.url().toString());
        json.put("loop", options.openLoop() ? "open" : "closed");
        json.put("rate", options.rate());
        json.put("concurrency", options.concurrency());
        json.put("warmupSeconds", options.warmup().toMillis() / 1000.0);
        json.put("durationSeconds", options.duration().toMillis() / 1000.0);
        json.put("measuredSeconds", results.measuredSeconds());
        json.put("seed", options.seed());
        json.put("latencyFrom", options.openLoop() ? "intended send time" : "actual send time");
        json.put("requestsSent", results.sentCount());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : rows()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kind", row.name());
            r.put("count", row.count());
            r.put("perSecond", row.perSecond());
            r.put("p50Ms", row.p50());
            r.put("p90Ms", row.p90());
            r.put("p99Ms", row.p99());
            r.put("p999Ms", row.p999());
            r.put("maxMs", row.max());
            rows.add(r);
        }
        json.put("rows", rows);
        json.put("errors", results.errors());
        Map<String, Double> stalls = new LinkedHashMap<>();
        results.secondsSlowerThan(STALL_MILLIS).forEach((second, millis) -> stalls.put(String.valueOf(second), millis));
        json.put("stallMillis", STALL_MILLIS);
        json.put("stalls", stalls);
        json.put("generatorCpuMicrosPerRequest", cpuMicrosPerRequest());
        json.put("generatorCpuCoreShare", cpu.processCoreShare());
        Map<String, Object> platformCpu = new LinkedHashMap<>();
        cpu.watchedSeconds().forEach((name, seconds) -> platformCpu.put(name, Double.isNaN(seconds) ? null : seconds));
        json.put("platformCpuSeconds", platformCpu);
        json.put("cpuWindowSeconds", cpu.windowSeconds());
        json.put("machineBusy", Double.isNaN(cpu.machineBusy()) ? null : cpu.machineBusy());
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("httpClient", HttpLoad.clientName());
        json.put("java", Runtime.version().toString());
        return json;
    }

    void writeJson(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(json()) + "\n");
    }

    /** {@code 50} or {@code 12.5}: a rate without a pointless {@code .0}. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
