package vn.qrqg.bench.load.summary;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the load generator, read back from its {@code --json} file, with the platform's
 * operation of its scenario: a verified issuance (row {@code code new}), a scan (every answer), a
 * check-in event ({@code batch} × 1,000), a page of history.
 *
 * @param rows latency rows by kind, e.g. {@code all answers}
 * @param jvmSeconds the platform JVM's CPU over the measured window; NaN when not measured
 * @param postgresSeconds its PostgreSQL's (postmaster and children); NaN when not measured
 */
public record RunResult(String scenario, String loop, double rate, int concurrency, double warmupSeconds,
        double measuredSeconds, Map<String, Row> rows, long errors, double generatorMicrosPerRequest,
        double jvmSeconds, double postgresSeconds) {

    /** Events in one check-in batch of the generator's {@code checkins} scenario. */
    static final int EVENTS_PER_BATCH = 1_000;

    /** One latency row; latencies in ms. */
    public record Row(long count, double perSecond, double p50, double p99, double max) {
    }

    public static RunResult read(Path file) throws IOException {
        return of(JSON.std.mapFrom(Files.readString(file)));
    }

    @SuppressWarnings("unchecked")
    static RunResult of(Map<String, Object> json) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) json.get("rows")) {
            rows.put((String) row.get("kind"), new Row(number(row, "count").longValue(),
                    number(row, "perSecond").doubleValue(), number(row, "p50Ms").doubleValue(),
                    number(row, "p99Ms").doubleValue(), number(row, "maxMs").doubleValue()));
        }
        long errors = ((Map<String, Object>) json.getOrDefault("errors", Map.of())).values().stream()
                .mapToLong(count -> ((Number) count).longValue()).sum();
        Map<String, Object> cpu = (Map<String, Object>) json.getOrDefault("platformCpuSeconds", Map.of());
        return new RunResult((String) json.get("scenario"), (String) json.get("loop"),
                number(json, "rate").doubleValue(), number(json, "concurrency").intValue(),
                number(json, "warmupSeconds").doubleValue(), number(json, "measuredSeconds").doubleValue(), rows,
                errors, number(json, "generatorCpuMicrosPerRequest").doubleValue(), seconds(cpu.get("jvm")),
                seconds(cpu.get("postgres")));
    }

    /** What one operation of the scenario is, for people. */
    public String operation() {
        return switch (scenario) {
            case "issuance" -> "verified issuance";
            case "checkins" -> "event";
            case "history" -> "page";
            default -> "scan";
        };
    }

    /** The operations measured. */
    public long operations() {
        return switch (scenario) {
            case "issuance" -> row("code new").count();
            case "checkins" -> row("batch").count() * EVENTS_PER_BATCH;
            case "history" -> row("history").count();
            default -> row("all answers").count();
        };
    }

    public double operationsPerSecond() {
        return measuredSeconds > 0 ? operations() / measuredSeconds : 0;
    }

    /** The latency row that stands for the scenario's operation. */
    public Row operationRow() {
        return switch (scenario) {
            case "issuance" -> row("code new");
            case "checkins" -> row("batch");
            case "history" -> row("history");
            default -> row("all answers");
        };
    }

    public double jvmMicrosPerOperation() {
        return perOperation(jvmSeconds);
    }

    public double postgresMicrosPerOperation() {
        return perOperation(postgresSeconds);
    }

    /** JVM and PostgreSQL together: the platform's whole CPU per operation; NaN unless both were measured. */
    public double platformMicrosPerOperation() {
        return perOperation(jvmSeconds + postgresSeconds);
    }

    private double perOperation(double seconds) {
        long operations = operations();
        return operations == 0 ? Double.NaN : seconds * 1e6 / operations;
    }

    private Row row(String kind) {
        return rows.getOrDefault(kind, new Row(0, 0, Double.NaN, Double.NaN, Double.NaN));
    }

    private static Number number(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("not a load generator's result: no number " + key);
        }
        return number;
    }

    private static double seconds(Object value) {
        return value instanceof Number number ? number.doubleValue() : Double.NaN;
    }
}
