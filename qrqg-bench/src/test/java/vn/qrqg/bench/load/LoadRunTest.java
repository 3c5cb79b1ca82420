package vn.qrqg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs, a second each, against {@link StubPlatform}. */
class LoadRunTest {
    @TempDir
    Path dir;

    @Test
    void anOpenLoopOfIssuancesDeclaresEachPersonReadsTheCodeAndSendsItBackEachStepItsOwnRow() throws Exception {
        try (StubPlatform platform = new StubPlatform(0)) {
            Map<String, Object> result = run(platform, "--scenario", "issuance", "--rate", "200", "--people", "300");

            assertThat(platform.registry).hasSize(300);
            assertThat(platform.issued).hasSize(200);
            assertThat(result.get("errors")).isEqualTo(Map.of());
            assertThat(result.get("requestsSent")).isEqualTo(600);
            assertThat(row(result, "declare")).containsEntry("count", 200);
            assertThat(row(result, "sms")).containsEntry("count", 200);
            assertThat(row(result, "code new")).containsEntry("count", 200);
            assertThat(kinds(result)).containsExactly("code new", "declare", "sms", "all answers", "(service time)");
        }
    }

    @Test
    void aClosedLoopOfIssuancesFinishesEachPersonsChainBeforeDeclaringTheNext() throws Exception {
        try (StubPlatform platform = new StubPlatform(0)) {
            Map<String, Object> result = run(platform, "--scenario", "issuance", "--concurrency", "1", "--people", "50",
                    "--max-requests", "20");

            // as many people as a second allows, up to 20
            int people = ((Number) row(result, "code new").get("count")).intValue();
            assertThat(people).isPositive().isLessThanOrEqualTo(20);
            assertThat(result.get("errors")).isEqualTo(Map.of());
            assertThat(platform.issued).hasSize(people);
            assertThat(kinds(result)).containsExactly("code new", "declare", "sms", "all answers");
            List<String> issuance = platform.requests.stream()
                    .filter(request -> request.contains("/citizens/qr") || request.contains("/sms-outbox"))
                    .map(request -> request.replaceAll("/challenges/.*", "/challenges/…")).toList();
            assertThat(issuance).hasSize(3 * people);
            for (int person = 0; person < people; person++) {
                assertThat(issuance.subList(3 * person, 3 * person + 3)).containsExactly("POST /api/v1/citizens/qr",
                        "GET /api/v1/admin/sms-outbox", "POST /api/v1/citizens/qr/challenges/…");
            }
        }
    }

    @Test
    void issuancesBeyondThePoolAreCountedAsRepeats() throws Exception {
        try (StubPlatform platform = new StubPlatform(0)) {
            Map<String, Object> result = run(platform, "--scenario", "issuance", "--rate", "100", "--people", "40");

            assertThat(row(result, "code new")).containsEntry("count", 40);
            assertThat(row(result, "code repeat")).containsEntry("count", 60);
            assertThat(row(result, "declare")).containsEntry("count", 100);
        }
    }

    @Test
    void aPersonDeclaredMoreOftenThanTheCodesOfAnHourAllowIsAnErrorOfItsOwnKind() throws Exception {
        try (StubPlatform platform = new StubPlatform(0)) {
            Map<String, Object> result = run(platform, "--scenario", "issuance", "--rate", "20", "--people", "2");

            assertThat(row(result, "code new")).containsEntry("count", 2);
            assertThat(row(result, "code repeat")).containsEntry("count", 2 * (StubPlatform.CODES_PER_DOCUMENT - 1));
            assertThat(result.get("errors")).isEqualTo(Map.of("429 too-many-codes", 20 - 2 * StubPlatform.CODES_PER_DOCUMENT));
        }
    }

    @Test
    void aClosedLoopOfScansWithEveryScopeFindsEveryIssuedQrValid() throws Exception {
        try (StubPlatform platform = new StubPlatform(1)) {
            Map<String, Object> result = run(platform, "--scenario", "scans", "--concurrency", "4", "--people", "50",
                    "--form", "mixed");

            assertThat(platform.issued).hasSize(50);
            assertThat(result.get("errors")).isEqualTo(Map.of());
            assertThat(kinds(result)).containsExactly("health", "police", "venue", "all answers");
            assertThat(((Number) row(result, "all answers").get("count")).longValue()).isPositive()
                    .isLessThanOrEqualTo(platform.scans.get());
        }
    }

    @Test
    void aClosedLoopOfHistoryReadsGetsEveryPageOfTheDayItUploadedInTurn() throws Exception {
        try (StubPlatform platform = new StubPlatform(0)) {
            Map<String, Object> result = run(platform, "--scenario", "history", "--concurrency", "1", "--people", "20",
                    "--venue-checkins", "120", "--max-requests", "7");

            assertThat(platform.checkIns.get()).isEqualTo(120);
            assertThat(result.get("errors")).isEqualTo(Map.of());
            assertThat(row(result, "history")).containsEntry("count", 7);
            String day = vn.qrqg.codec.VietnamTime.today().minusDays(1).toString();
            // the first read is setup's, which finds the page size (50): 3 pages
            assertThat(platform.historyReads).containsExactly("GET day=" + day + "&page=0 -",
                    "GET day=" + day + "&page=0 -", "GET day=" + day + "&page=1 -", "GET day=" + day + "&page=2 -",
                    "GET day=" + day + "&page=0 -", "GET day=" + day + "&page=1 -", "GET day=" + day + "&page=2 -",
                    "GET day=" + day + "&page=0 -");
        }
    }

    @Test
    void aStalledPlatformIsChargedForTheRequestsItHeldUpNotOnlyForItsServiceTime() throws Exception {
        // one connection to a platform that takes 100 ms: it can answer 10/s of the 40/s scheduled,
        // and requests still due half a second (the timeout) after the end are not sent at all
        try (StubPlatform platform = new StubPlatform(100)) {
            Map<String, Object> result = run(platform, "--scenario", "scans", "--rate", "40", "--concurrency", "1",
                    "--people", "5", "--scope", "venue", "--timeout", "500ms");

            double fromIntended = (Double) row(result, "all answers").get("p99Ms");
            double service = (Double) row(result, "(service time)").get("p99Ms");
            assertThat(service).isBetween(90.0, 400.0);
            assertThat(fromIntended).isGreaterThan(service * 3);
            @SuppressWarnings("unchecked")
            Map<String, Object> errors = (Map<String, Object>) result.get("errors");
            assertThat(errors).containsKey(OpenLoop.NOT_SENT);
        }
    }

    @Test
    void acknowledgedWritesDownEachPersonsQidEachStoredBatchAndEachScanAnswered() throws Exception {
        Path acks = dir.resolve("acks");
        try (StubPlatform platform = new StubPlatform(0)) {
            run(platform, "--scenario", "issuance", "--rate", "50", "--people", "100", "--acknowledged", acks.toString());
            List<String> issued = Files.readAllLines(acks);
            assertThat(issued).hasSize(platform.issued.size()).allMatch(line -> line.matches("issued 0\\d{9} \\S+"));
            assertThat(issued.stream().map(line -> line.split(" ")[1]).distinct()).hasSize(platform.issued.size());

            run(platform, "--scenario", "checkins", "--rate", "5", "--people", "10", "--acknowledged", acks.toString());
            assertThat(Files.readAllLines(acks)).hasSize((int) (platform.checkIns.get() / CheckInScenario.EVENTS))
                    .allMatch(line -> line.matches("checkins load-20211-\\d+"));
        }
        try (StubPlatform platform = new StubPlatform(0)) {
            run(platform, "--scenario", "scans", "--rate", "50", "--people", "10", "--acknowledged", acks.toString());
            List<String> lines = Files.readAllLines(acks);
            assertThat(lines.getFirst()).isEqualTo("scans-client c1");
            assertThat(lines.subList(1, lines.size())).hasSize((int) platform.scans.get())
                    .allMatch(line -> line.matches("scan (venue|health|police)"));
        }
    }

    @Test
    void startWhenHoldsTheLoadBackUntilTheFileAppears() throws Exception {
        Path go = dir.resolve("go");
        try (StubPlatform platform = new StubPlatform(0)) {
            java.util.concurrent.atomic.AtomicLong declaredBeforeGo = new java.util.concurrent.atomic.AtomicLong(-1);
            java.util.concurrent.atomic.AtomicLong goAt = new java.util.concurrent.atomic.AtomicLong();
            Thread creator = Thread.ofPlatform().start(() -> {
                try {
                    Thread.sleep(1_500);
                    declaredBeforeGo.set(platform.requests.stream()
                            .filter(request -> request.equals("POST /api/v1/citizens/qr")).count());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    try {
                        goAt.set(System.nanoTime());
                        Files.createFile(go);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            Map<String, Object> result = run(platform, "--scenario", "issuance", "--rate", "20", "--people", "40",
                    "--start-when", go.toString());
            long end = System.nanoTime();
            creator.join();

            assertThat(declaredBeforeGo).hasValue(0);
            // its second of load came after the file: nothing was held back and then rushed out at once
            assertThat(end - goAt.get()).isGreaterThan(900_000_000L);
            assertThat(row(result, "code new")).containsEntry("count", 20);
        }
    }

    private Map<String, Object> run(StubPlatform platform, String... scenario) throws Exception {
        Path json = dir.resolve("result.json");
        List<String> args = new java.util.ArrayList<>(List.of("--url", platform.url().toString(), "--duration", "1s",
                "--warmup", "0s", "--seed", "20211", "--json", json.toString()));
        args.addAll(List.of(scenario));
        LoadRun.run(LoadCommand.parse(args.toArray(String[]::new)), "stub-secret", List.of());
        return JSON.std.mapFrom(Files.readString(json));
    }

    @SuppressWarnings("unchecked")
    private static List<String> kinds(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("rows")).stream().map(row -> (String) row.get("kind")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> result, String kind) {
        return ((List<Map<String, Object>>) result.get("rows")).stream()
                .filter(row -> row.get("kind").equals(kind)).findFirst().orElseThrow();
    }
}
