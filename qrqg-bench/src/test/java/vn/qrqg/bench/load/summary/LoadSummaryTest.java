package vn.qrqg.bench.load.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LoadSummaryTest {
    @TempDir
    Path dir;

    @Test
    void theReportReadsWhatTheScriptLeftAndWritesTheTableAndItsJson() throws Exception {
        Files.writeString(dir.resolve("peers.properties"), "openssl.verifyPerSecond=11000\npgbench.skipped=none here\n");
        Files.writeString(dir.resolve("jmh.json"), """
                [{"benchmark":"vn.qrqg.bench.PersonalQrConscryptBenchmark.verifyOnly","primaryMetric":{"score":13646.2}}]""");
        Files.writeString(dir.resolve("load-scans-closed.json"), Runs.text(
                Runs.json("scans", "closed", "venue", 34_970, 38, 12.0, 6.0, Map.of())));
        Path out = dir.resolve("out/load-report.md");

        int exit = new CommandLine(new LoadSummary()).execute("report", "--dir", dir.toString(), "--out", out.toString());

        assertThat(exit).isZero();
        assertThat(Files.readString(out)).contains("| P-256 verify, one core | `openssl speed`: 11,000/s | "
                + "codec (JMH, 1 thread): 13,646/s | 1.24 | - |").contains("| issuance | failed |");
        assertThat(Files.readString(dir.resolve("out/load-report.json"))).contains("\"codecVerifyPerSecond\" : 13646.2");
    }

    @Test
    void theGuardExitsOneWhenTheNewBuildRegressed() throws Exception {
        Files.writeString(dir.resolve("1-base-scans.json"), Runs.text(Runs.json("scans", "closed", "venue", 40_000, 20, 10.0, 5.0, Map.of())));
        Files.writeString(dir.resolve("1-new-scans.json"), Runs.text(Runs.json("scans", "closed", "venue", 30_000, 20, 7.5, 3.75, Map.of())));
        Files.writeString(dir.resolve("notes.json"), "{}");

        assertThat(new CommandLine(new LoadSummary()).execute("guard", "--dir", dir.toString())).isEqualTo(1);
        assertThat(new CommandLine(new LoadSummary()).execute("guard", "--dir", dir.toString(), "--threshold", "30")).isZero();
    }
}
