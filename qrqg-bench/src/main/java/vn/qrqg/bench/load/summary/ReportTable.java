package vn.qrqg.bench.load.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * {@code bin/load --report}'s table (issue 16): each of the platform's numbers beside a peer's on
 * the same machine (OpenSSL, pgbench, COPY), their ratio and the target; then the
 * platform's CPU per operation, JVM and PostgreSQL apart. The peers' numbers come from the
 * script as properties ({@code openssl.verifyPerSecond}, {@code pgbench.selectOnlyTps}, …, or
 * {@code <peer>.skipped} with the reason); a missing run is said, not guessed.
 */
public final class ReportTable {
    /** The platform's runs, by the name the script gives them. */
    public static final List<String> RUNS = List.of("issuance", "scans-closed", "scans-open", "checkins");

    /** One line of the table; {@code met} is null when there is no target or nothing to judge it by. */
    public record Line(String what, String peer, String platform, String ratio, String target, Boolean met) {
    }

    private final Properties peers;
    private final double codecVerifyPerSecond;
    private final Map<String, RunResult> runs;

    /**
     * @param codecVerifyPerSecond the codec's verify/s on one thread (JMH); NaN when not measured
     * @param runs by the names of {@link #RUNS}; a missing one failed
     */
    public ReportTable(Properties peers, double codecVerifyPerSecond, Map<String, RunResult> runs) {
        this.peers = peers;
        this.codecVerifyPerSecond = codecVerifyPerSecond;
        this.runs = runs;
    }

    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        double openssl = peer("openssl.verifyPerSecond");
        lines.add(new Line("P-256 verify, one core",
                skipped("openssl").orElse("`openssl speed`: " + perSecond(openssl)),
                Double.isNaN(codecVerifyPerSecond) ? "not measured" : "codec (JMH, 1 thread): " + perSecond(codecVerifyPerSecond),
                ratio(codecVerifyPerSecond, openssl), "-", null));

        String clients = peers.getProperty("pgbench.clients", "16");
        RunResult issuance = runs.get("issuance");
        double simpleUpdate = peer("pgbench.simpleUpdateTps");
        lines.add(closedLoop("issuance", issuance,
                skipped("pgbench").orElse("pgbench simple-update, " + clients + " clients: " + tps(simpleUpdate)),
                simpleUpdate, 0.25, 0));

        RunResult scans = runs.get("scans-closed");
        double selectOnly = peer("pgbench.selectOnlyTps");
        lines.add(closedLoop("scans", scans,
                skipped("pgbench").orElse("pgbench select-only, " + clients + " clients: " + tps(selectOnly)),
                selectOnly, 0.13, 6_000));

        RunResult open = runs.get("scans-open");
        String openWhat = open == null ? "scans, open loop" : "scans, open loop at " + count(open.rate()) + "/s";
        if (open == null) {
            lines.add(new Line(openWhat, "-", "failed: see the log", "-", "p99 < 50 ms", null));
        } else {
            RunResult.Row all = open.rows().get("all answers");
            String latency = all == null ? "no answers"
                    : String.format(Locale.ROOT, "p50 %s ms, p99 %s ms, max %s ms from the intended send",
                            ms(all.p50()), ms(all.p99()), ms(all.max()));
            boolean met = all != null && all.p99() < 50 && open.errors() == 0;
            lines.add(new Line(openWhat, "-", latency + errors(open), "-", "p99 < 50 ms", met));
        }

        RunResult checkins = runs.get("checkins");
        double copy = peer("copy.rowsPerSecond");
        String copyText = skipped("copy").orElse(String.format(Locale.ROOT, "`COPY` of %s rows, the same %s indexes: %s rows/s",
                count(peer("copy.rows")), peers.getProperty("copy.indexes", "?"), count(copy)));
        lines.add(closedLoop("check-in ingestion", checkins, copyText, copy, 0.35, 0));
        return lines;
    }

    private Line closedLoop(String what, RunResult run, String peer, double peerRate, double minRatio, double minRate) {
        String target = "≥ " + minRatio + (minRate > 0 ? " and ≥ " + count(minRate) + "/s" : "");
        if (run == null) {
            return new Line(what + ", closed loop", peer, "failed: see the log", "-", target, null);
        }
        double rate = run.operationsPerSecond();
        RunResult.Row row = run.operationRow();
        String platform = "checkins".equals(run.scenario())
                ? String.format(Locale.ROOT, "%s events/s (p99 %s ms a batch of 1,000)", count(rate), ms(row.p99()))
                : String.format(Locale.ROOT, "%s %ss/s, p99 %s ms", count(rate), run.operation(), ms(row.p99()));
        double ratio = peerRate > 0 ? rate / peerRate : Double.NaN;
        Boolean met = Double.isNaN(ratio) ? null : ratio >= minRatio && rate >= minRate && run.errors() == 0;
        return new Line(what + ", closed loop of " + run.concurrency(), peer, platform + errors(run),
                ratio(rate, peerRate), target, met);
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| what | peer on this machine | the platform | ratio | target |\n|---|---|---|---|---|\n");
        for (Line line : lines()) {
            String target = line.target() + (line.met() == null ? "" : line.met() ? ": met" : ": **not met**");
            out.append(String.format("| %s | %s | %s | %s | %s |%n", line.what(), line.peer(), line.platform(),
                    line.ratio(), target));
        }
        out.append("\nCPU per operation, over each run's measured window (µs; the platform's JVM and its PostgreSQL apart, "
                + "the generator's per request sent):\n\n");
        out.append("| run | operation | per s | JVM | PostgreSQL | JVM + PostgreSQL | generator |\n|---|---|---:|---:|---:|---:|---:|\n");
        for (String name : RUNS) {
            RunResult run = runs.get(name);
            if (run == null) {
                out.append("| ").append(name).append(" | failed | | | | | |\n");
                continue;
            }
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", name, run.operation(),
                    count(run.operationsPerSecond()), micros(run.jvmMicrosPerOperation()),
                    micros(run.postgresMicrosPerOperation()), micros(run.platformMicrosPerOperation()),
                    micros(run.generatorMicrosPerRequest())));
        }
        return out.toString();
    }

    /** The table's lines and every number behind them, for the record. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> peerNumbers = new LinkedHashMap<>();
        peers.stringPropertyNames().stream().sorted().forEach(key -> peerNumbers.put(key, peers.getProperty(key)));
        json.put("peers", peerNumbers);
        json.put("codecVerifyPerSecond", Double.isNaN(codecVerifyPerSecond) ? null : codecVerifyPerSecond);
        Map<String, Object> platform = new LinkedHashMap<>();
        runs.forEach((name, run) -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("operation", run.operation());
            r.put("operationsPerSecond", run.operationsPerSecond());
            r.put("errors", run.errors());
            r.put("jvmCpuMicrosPerOperation", finite(run.jvmMicrosPerOperation()));
            r.put("postgresCpuMicrosPerOperation", finite(run.postgresMicrosPerOperation()));
            r.put("generatorCpuMicrosPerRequest", finite(run.generatorMicrosPerRequest()));
            platform.put(name, r);
        });
        json.put("platform", platform);
        List<Map<String, Object>> table = new ArrayList<>();
        for (Line line : lines()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("what", line.what());
            l.put("peer", line.peer());
            l.put("platform", line.platform());
            l.put("ratio", line.ratio());
            l.put("target", line.target());
            l.put("met", line.met());
            table.add(l);
        }
        json.put("table", table);
        return json;
    }

    private double peer(String key) {
        String value = peers.getProperty(key);
        try {
            return value == null ? Double.NaN : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private java.util.Optional<String> skipped(String peer) {
        return java.util.Optional.ofNullable(peers.getProperty(peer + ".skipped")).map(reason -> "skipped: " + reason);
    }

    private static String errors(RunResult run) {
        return run.errors() == 0 ? "" : String.format(Locale.ROOT, " (**%,d errors**)", run.errors());
    }

    static String ratio(double platform, double peer) {
        if (Double.isNaN(platform) || Double.isNaN(peer) || peer <= 0) {
            return "-";
        }
        double ratio = platform / peer;
        return String.format(Locale.ROOT, ratio < 0.1 ? "%.3f" : "%.2f", ratio);
    }

    static String count(double value) {
        return Double.isNaN(value) ? "?" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String perSecond(double value) {
        return count(value) + "/s";
    }

    private static String tps(double value) {
        return count(value) + " tx/s";
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "?" : String.format(Locale.ROOT, value < 10 ? "%.1f" : "%,.0f", value);
    }

    private static String micros(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%,.0f", value);
    }

    private static Double finite(double value) {
        return Double.isNaN(value) ? null : value;
    }
}
