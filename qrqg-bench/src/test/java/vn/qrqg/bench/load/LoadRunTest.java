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
    void anOpenLoopOfIssuancesRegistersItsPeopleAndIssuesEachOfThemOnce() throws Exception {
        try (StubPlatform platform = new StubPlatform(0)) {
            Map<String, Object> result = run(platform, "--scenario", "issuance", "--rate", "200", "--people", "300");

            assertThat(platform.registry).hasSize(300);
            assertThat(platform.issued).hasSize(200);
            assertThat(result.get("errors")).isEqualTo(Map.of());
            assertThat(result.get("requestsSent")).isEqualTo(200);
            assertThat(row(result, "new")).containsEntry("count", 200);
            assertThat(kinds(result)).containsExactly("new", "all answers", "(service time)");
        }
    }

    @Test
    void issuancesBeyondThePoolAreCountedAsRepeats() throws Exception {
        try (StubPlatform platform = new StubPlatform(0)) {
            Map<String, Object> result = run(platform, "--scenario", "issuance", "--rate", "100", "--people", "40");

            assertThat(row(result, "new")).containsEntry("count", 40);
            assertThat(row(result, "repeat")).containsEntry("count", 60);
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

    private Map<String, Object> run(StubPlatform platform, String... scenario) throws Exception {
        Path json = dir.resolve("result.json");
        List<String> args = new java.util.ArrayList<>(List.of("--url", platform.url().toString(), "--duration", "1s",
                "--warmup", "0s", "--seed", "20211", "--json", json.toString()));
        args.addAll(List.of(scenario));
        LoadRun.run(LoadCommand.parse(args.toArray(String[]::new)), "stub-secret");
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
