package vn.qrqg.bench.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bin/load}: the command line of the load generator. */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Drives a running QRQG platform over HTTP and reports throughput and latency percentiles.",
            "The operator's secret comes from QRQG_BOOTSTRAP_ADMIN_SECRET. See docs/benchmarks.md."})
final class LoadCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The platform (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--scenario", defaultValue = "issuance", completionCandidates = Scenarios.Names.class,
            description = "What to drive: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--duration", defaultValue = "30s", converter = DurationConverter.class,
            description = "How long to measure, after the warmup (default: ${DEFAULT-VALUE}; at most 1h).")
    Duration duration;

    @Option(names = "--warmup", defaultValue = "10s", converter = DurationConverter.class,
            description = "Load sent but not measured first, while both JVMs compile (default: ${DEFAULT-VALUE}).")
    Duration warmup;

    @Option(names = "--rate", paramLabel = "R",
            description = "Open loop: R requests per second, each followed by the scenario's follow-ups (issuance: R people a second, three requests each), latency from each request's intended send time. Without it: a closed loop.")
    double rate;

    @Option(names = "--concurrency", paramLabel = "N",
            description = "Closed loop: N requests kept in flight (default 16). Open loop: at most N in flight, also the connections (default 128).")
    Integer concurrency;

    @Option(names = "--people", paramLabel = "N",
            description = "The people the scenario registers and uses (default: issuance, enough for an open loop to declare nobody twice, or a closed loop at 2000 people/s; scans, 2000; checkins, 1000; history, 500; feed, 2000; feed-alerts, 1000 visitors).")
    int people;

    @Option(names = "--venue-checkins", paramLabel = "N", defaultValue = "2000",
            description = "History: the check-ins stored at its venue yesterday and read back, N/2 visits of an entry and an exit (default: ${DEFAULT-VALUE}).")
    int venueCheckIns;

    @Option(names = "--seed", description = "The people's seed (default: the time, so every run brings new people).")
    Long seed;

    @Option(names = "--scope", defaultValue = "mixed",
            description = "Scans: the scanner's scope, venue, health, police or mixed (default: ${DEFAULT-VALUE}).")
    String scanScope;

    @Option(names = "--form", defaultValue = "masked",
            description = "Scans: the QR form scanned, masked (what apps show), full or mixed (default: ${DEFAULT-VALUE}).")
    String qrForm;

    @Option(names = "--insured", description = "Scans: give every person a health-insurance card (imported into the "
            + "reference social-insurance database) and its number in their QR, so that health scans ask social insurance.")
    boolean insured;

    @Option(names = "--timeout", defaultValue = "5s", converter = DurationConverter.class,
            description = "A request without an answer after this is an error (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--max-requests", defaultValue = "10000000", description = "A hard cap on requests sent, not counting a scenario's follow-ups (issuance: the SMS read and the code) (default: ${DEFAULT-VALUE}).")
    long maxRequests;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Where the JSON result goes (default: qrqg-bench/target/load-<scenario>.json).")
    Path json;

    @Option(names = "--acknowledged", paramLabel = "FILE",
            description = "Write down what the platform acknowledged, a line each (a check-in batch stored, a QR issued, a scan answered, a feed item read), warmup included: for a check against the database afterwards (bin/cluster-test).")
    Path acknowledged;

    @Option(names = "--start-when", paramLabel = "FILE",
            description = "Once set up, print 'load: set up' and wait for FILE to exist before sending (at most the setup's 15 minutes): several generators started together begin their load at once (bin/cluster-test).")
    Path startWhen;

    @Option(names = "--platform-pid", paramLabel = "PID", split = ",",
            description = "The platform's JVM on this machine: its CPU time over the measured window is reported (Linux). "
                    + "Several instances: the option repeated or PIDs separated by commas, their CPU reported as one sum.")
    List<Long> platformPids = new ArrayList<>();

    @Option(names = "--postgres-pid", paramLabel = "PID",
            description = "The platform's PostgreSQL postmaster on this machine: its CPU time and its children's over the measured window is reported (Linux).")
    Long postgresPid;

    @Option(names = "--balancer-pid", paramLabel = "PID",
            description = "The load balancer in front of the platform on this machine (HAProxy, nginx's master): its CPU time "
                    + "and its children's over the measured window is reported (Linux).")
    Long balancerPid;

    @Option(names = "--allow-non-loopback", description = "Allow a --url that is not on this machine. Only for a load test you are allowed to run there.")
    boolean allowNonLoopback;

    LoadOptions options() {
        int inFlight = concurrency != null ? concurrency : rate > 0 ? 128 : 16;
        Path output = json != null ? json : Path.of("qrqg-bench", "target", "load-" + scenario + ".json");
        long runSeed = seed != null ? seed : System.currentTimeMillis();
        return new LoadOptions(url, scenario, duration, warmup, rate, inFlight, people, venueCheckIns, runSeed,
                scanScope, qrForm, insured, timeout, maxRequests, output, allowNonLoopback, acknowledged, startWhen);
    }

    /**
     * The platform's processes whose CPU the run reports: its JVMs alone (one {@code jvm} sum for all
     * instances), its PostgreSQL with the backends, the balancer with its workers.
     */
    List<ProcessCpu> watched() {
        List<ProcessCpu> watched = new ArrayList<>();
        for (long pid : platformPids) {
            watched.add(new ProcessCpu("jvm", pid, false));
        }
        if (postgresPid != null) {
            watched.add(new ProcessCpu("postgres", postgresPid, true));
        }
        if (balancerPid != null) {
            watched.add(new ProcessCpu("balancer", balancerPid, true));
        }
        return watched;
    }

    /** Reads the command line into options without running anything. */
    static LoadOptions parse(String... args) {
        LoadCommand command = new LoadCommand();
        new CommandLine(command).parseArgs(args);
        return command.options();
    }

    @Override
    public Integer call() throws Exception {
        LoadOptions options;
        List<ProcessCpu> watched;
        try {
            options = options();
            watched = watched();
            LoopbackGuard.check(options);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
        String secret = System.getenv("QRQG_BOOTSTRAP_ADMIN_SECRET");
        if (secret == null || secret.isBlank()) {
            System.err.println("load: set QRQG_BOOTSTRAP_ADMIN_SECRET to the operator client's secret "
                    + "(the platform's, see docs/api.md)");
            return 2;
        }
        return LoadRun.run(options, secret, watched);
    }

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return Durations.parse(value);
        }
    }
}
