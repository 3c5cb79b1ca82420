package vn.qrqg.bench.load.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReportTableTest {

    private static Properties peers() {
        Properties peers = new Properties();
        peers.setProperty("openssl.verifyPerSecond", "11000");
        peers.setProperty("pgbench.clients", "16");
        peers.setProperty("pgbench.simpleUpdateTps", "7755.5");
        peers.setProperty("pgbench.selectOnlyTps", "46573");
        peers.setProperty("copy.rows", "1000000");
        peers.setProperty("copy.indexes", "3");
        peers.setProperty("copy.rowsPerSecond", "103000");
        return peers;
    }

    private static Map<String, RunResult> runs() {
        Map<String, RunResult> runs = new LinkedHashMap<>();
        runs.put("issuance", RunResult.of(Runs.json("issuance", "closed", "code new", 13_180, 67, 10.0, 3.0, Map.of())));
        runs.put("scans-closed", Runs.scans(34_970, 12.0, 6.0));
        runs.put("scans-open", RunResult.of(Runs.json("scans", "open", "venue", 30_000, 897, 9.0, 5.0, Map.of())));
        runs.put("checkins", RunResult.of(Runs.json("checkins", "closed", "batch", 220, 180, 8.0, 6.0, Map.of())));
        return runs;
    }

    @Test
    void putsEachPlatformNumberBesideItsPeerWithTheRatioAndTheTarget() {
        List<ReportTable.Line> lines = new ReportTable(peers(), 13_646, runs()).lines();
        assertThat(lines).extracting(ReportTable.Line::ratio).containsExactly("1.24", "0.17", "0.075", "-", "0.21");
        assertThat(lines).extracting(ReportTable.Line::met).containsExactly(null, false, false, false, false);
        assertThat(lines.get(1).platform()).isEqualTo("1,318 verified issuances/s, p99 67 ms");
        assertThat(lines.get(1).peer()).isEqualTo("pgbench simple-update, 16 clients: 7,756 tx/s");
        assertThat(lines.get(3).what()).isEqualTo("scans, open loop at 3,000/s");
        assertThat(lines.get(3).platform()).startsWith("p50 224 ms, p99 897 ms, max 2,691 ms");
        assertThat(lines.get(4).platform()).isEqualTo("22,000 events/s (p99 180 ms a batch of 1,000)");
    }

    @Test
    void aTargetIsMetOnlyWithEveryPartOfItAndNoErrors() {
        Map<String, RunResult> runs = runs();
        runs.put("scans-closed", Runs.scans(62_000, 12.0, 6.0)); // 6,200/s, 0.133 of pgbench
        runs.put("checkins", RunResult.of(Runs.json("checkins", "closed", "batch", 400, 90, 8.0, 6.0,
                Map.of("timeout", 1))));
        List<ReportTable.Line> lines = new ReportTable(peers(), 13_646, runs).lines();
        assertThat(lines.get(2).met()).isTrue();
        assertThat(lines.get(4).met()).isFalse();
        assertThat(lines.get(4).platform()).endsWith("(**1 errors**)");
    }

    @Test
    void aSkippedPeerOrAFailedRunIsSaidAndNotJudged() {
        Properties peers = new Properties();
        peers.setProperty("openssl.verifyPerSecond", "11000");
        peers.setProperty("pgbench.skipped", "no PostgreSQL answers at 127.0.0.1:5432");
        peers.setProperty("copy.skipped", "no PostgreSQL answers at 127.0.0.1:5432");
        Map<String, RunResult> runs = runs();
        runs.remove("issuance");
        List<ReportTable.Line> lines = new ReportTable(peers, Double.NaN, runs).lines();
        assertThat(lines.get(0).platform()).isEqualTo("not measured");
        assertThat(lines.get(1).platform()).isEqualTo("failed: see the log");
        assertThat(lines.get(2).peer()).isEqualTo("skipped: no PostgreSQL answers at 127.0.0.1:5432");
        assertThat(lines.get(2).ratio()).isEqualTo("-");
        assertThat(lines.get(2).met()).isNull();
    }

    @Test
    void theMarkdownHasTheTableThenTheCpuPerOperationOfEveryRun() {
        String markdown = new ReportTable(peers(), 13_646, runs()).markdown();
        assertThat(markdown).startsWith("| what | peer on this machine | the platform | ratio | target |\n|---|");
        assertThat(markdown).contains("| ≥ 0.25: **not met** |");
        // 12 s of JVM and 6 s of PostgreSQL over 34,970 scans
        assertThat(markdown).contains("| scans-closed | scan | 3,497 | 343 | 172 | 515 | 50 |");
        assertThat(markdown).contains("| checkins | event | 22,000 | 36 | 27 | 64 | 50 |");
    }
}
