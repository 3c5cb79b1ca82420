package vn.qrqg.bench.load.summary;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Java half of {@code bin/load --report} and {@code bin/load --guard}: the script runs the
 * peers and the platform and leaves their numbers in a directory; this reads them and prints the
 * table, or the guard's verdict (docs/benchmarks.md).
 */
@Command(name = "load-summary", mixinStandardHelpOptions = true,
        subcommands = {LoadSummary.ReportCommand.class, LoadSummary.GuardCommand.class},
        description = "Summarises the load generator's JSON results: report DIR, or guard DIR.")
public final class LoadSummary implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadSummary()).execute(args));
    }

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return 2;
    }

    @Command(name = "report", description = "The side-by-side table of DIR: peers.properties, jmh.json and "
            + "load-<run>.json for the runs issuance, scans-closed, scans-open and checkins.")
    static final class ReportCommand implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "Where the script left the numbers.")
        Path dir;

        @Option(names = "--out", required = true, description = "The markdown table's file; the JSON goes beside it (.json).")
        Path out;

        @Override
        public Integer call() throws IOException {
            ReportTable table = report(dir);
            String markdown = table.markdown();
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, markdown);
            Path json = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.md$", "") + ".json");
            Files.writeString(json, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT).asString(table.json()) + "\n");
            System.out.print(markdown);
            return 0;
        }
    }

    @Command(name = "guard", description = "Compares DIR's runs named <round>-<base|new>-<scenario>.json.")
    static final class GuardCommand implements Callable<Integer> {
        @Option(names = "--dir", required = true, description = "Where the script left the runs.")
        Path dir;

        @Option(names = "--threshold", defaultValue = "10",
                description = "How much worse, in percent, a median may be (default: ${DEFAULT-VALUE}).")
        double threshold;

        @Override
        public Integer call() throws IOException {
            GuardVerdict verdict = new GuardVerdict(samples(dir), threshold);
            System.out.print(verdict.text());
            return verdict.regressions().isEmpty() ? 0 : 1;
        }
    }

    static ReportTable report(Path dir) throws IOException {
        Properties peers = new Properties();
        Path peerFile = dir.resolve("peers.properties");
        if (Files.exists(peerFile)) {
            try (Reader reader = Files.newBufferedReader(peerFile)) {
                peers.load(reader);
            }
        }
        Map<String, RunResult> runs = new LinkedHashMap<>();
        for (String name : ReportTable.RUNS) {
            Path file = dir.resolve("load-" + name + ".json");
            if (Files.exists(file)) {
                runs.put(name, RunResult.read(file));
            }
        }
        Path jmh = dir.resolve("jmh.json");
        return new ReportTable(peers, Files.exists(jmh) ? verifyPerSecond(Files.readString(jmh)) : Double.NaN, runs);
    }

    /** The score of JMH's verifyOnly benchmark in its JSON result, or NaN. */
    @SuppressWarnings("unchecked")
    static double verifyPerSecond(String jmhJson) throws IOException {
        for (Object result : JSON.std.listFrom(jmhJson)) {
            Map<String, Object> benchmark = (Map<String, Object>) result;
            if (String.valueOf(benchmark.get("benchmark")).endsWith(".verifyOnly")) {
                return ((Number) ((Map<String, Object>) benchmark.get("primaryMetric")).get("score")).doubleValue();
            }
        }
        return Double.NaN;
    }

    private static final Pattern RUN_FILE = Pattern.compile("(\\d+)-(base|new)-([a-z-]+)\\.json");

    static List<GuardVerdict.Sample> samples(Path dir) throws IOException {
        List<GuardVerdict.Sample> samples = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : files) {
                Matcher name = RUN_FILE.matcher(file.getFileName().toString());
                if (name.matches()) {
                    samples.add(new GuardVerdict.Sample(Integer.parseInt(name.group(1)), name.group(2), name.group(3),
                            RunResult.read(file)));
                }
            }
        }
        samples.sort(Comparator.comparing(GuardVerdict.Sample::scenario).thenComparing(GuardVerdict.Sample::round)
                .thenComparing(GuardVerdict.Sample::side));
        return samples;
    }
}
