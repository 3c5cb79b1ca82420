package vn.qrqg.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One run: set up, drive, report. Always ends: a watchdog halts the JVM past every bound. */
final class LoadRun {
    /** Setup (registry import, QRs to scan) may take this long; past it the run is abandoned. */
    static final Duration SETUP_LIMIT = Duration.ofMinutes(15);

    private LoadRun() {
    }

    /** Returns the exit code: 0 when every measured request succeeded, 1 otherwise. */
    static int run(LoadOptions options, String adminSecret, List<ProcessCpu> watched) throws Exception {
        armWatchdog(SETUP_LIMIT.plus(options.sendingTime()).plus(options.timeout()).plusSeconds(30));
        try (HttpLoad http = new HttpLoad(options.concurrency(), options.timeout());
                Acknowledgements acknowledgements = options.acknowledged() == null ? Acknowledgements.none()
                        : Acknowledgements.to(options.acknowledged())) {
            Scenario scenario = acknowledgements.on()
                    ? new AcknowledgedScenario(Scenarios.create(options), acknowledgements)
                    : Scenarios.create(options);
            Platform platform = new Platform(http, options.url(), adminSecret);
            try {
                scenario.prepare(new Scenario.Setup(platform, options, System.err, acknowledgements));
            } catch (IOException e) {
                System.err.println("load: setup failed: " + e.getMessage());
                return 1;
            }
            if (!awaitStart(options.startWhen())) {
                System.err.println("load: " + options.startWhen() + " did not appear within " + Durations.format(SETUP_LIMIT));
                return 1;
            }
            System.err.printf("load: %s, %s of warmup, then %s measured…%n", options.loadShape(),
                    Durations.format(options.warmup()), Durations.format(options.duration()));
            Instant startedAt = Instant.now();
            Results results = new Results();
            CpuMeter cpu = new CpuMeter(watched);
            scenario.measure(results);
            if (options.openLoop()) {
                OpenLoop.run(scenario, http, options, results, cpu);
            } else {
                ClosedLoop.run(scenario, http, options, results, cpu);
            }
            scenario.finish();
            results.close();
            Report report = new Report(options, results, cpu, startedAt);
            report.writeJson(options.json());
            System.out.print(report.table());
            return results.errorCount() == 0 ? 0 : 1;
        }
    }

    /** Waits for {@code file} to exist (no file: at once); false when it did not within {@link #SETUP_LIMIT}. */
    private static boolean awaitStart(Path file) throws InterruptedException {
        if (file == null) {
            return true;
        }
        System.err.println("load: set up; waiting for " + file);
        Instant limit = Instant.now().plus(SETUP_LIMIT);
        while (!Files.exists(file)) {
            if (Instant.now().isAfter(limit)) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** The hard stop in time: whatever hangs (a setup call, a stuck connection), the process ends. */
    private static void armWatchdog(Duration limit) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit);
                System.err.println("load: hard stop after " + Durations.format(limit));
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "load-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
