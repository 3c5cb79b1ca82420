package vn.qrqg.bench.load.summary;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Results as the load generator writes them, for the tests. */
final class Runs {
    private Runs() {
    }

    /** A 10 s run whose operation row counts {@code count} with this p99, and this platform CPU (s). */
    static Map<String, Object> json(String scenario, String loop, String kind, long count, double p99,
            Double jvmSeconds, Double postgresSeconds, Map<String, Object> errors) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", scenario);
        json.put("loop", loop);
        json.put("rate", "open".equals(loop) ? 3000.0 : 0.0);
        json.put("concurrency", "scans".equals(scenario) ? 64 : 4);
        json.put("warmupSeconds", 5.0);
        json.put("measuredSeconds", 10.0);
        json.put("rows", List.of(row(kind, count, p99), row("all answers", count, p99)));
        json.put("errors", errors);
        json.put("generatorCpuMicrosPerRequest", 50.0);
        Map<String, Object> cpu = new LinkedHashMap<>();
        cpu.put("jvm", jvmSeconds);
        cpu.put("postgres", postgresSeconds);
        json.put("platformCpuSeconds", cpu);
        return json;
    }

    static RunResult scans(long count, double jvmSeconds, double postgresSeconds) {
        return RunResult.of(json("scans", "closed", "venue", count, 20, jvmSeconds, postgresSeconds, Map.of()));
    }

    static String text(Map<String, Object> json) throws IOException {
        return JSON.std.asString(json);
    }

    private static Map<String, Object> row(String kind, long count, double p99) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("kind", kind);
        row.put("count", count);
        row.put("perSecond", count / 10.0);
        row.put("p50Ms", p99 / 4);
        row.put("p90Ms", p99 / 2);
        row.put("p99Ms", p99);
        row.put("p999Ms", p99 * 2);
        row.put("maxMs", p99 * 3);
        return row;
    }
}
