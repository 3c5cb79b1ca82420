package vn.qrqg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.qrqg.cli.QrqgCommandTest.qrqg;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.qrqg.cli.QrqgCommandTest.Run;

/** {@code --help} everywhere: {@code serve} listed and explained, lines wrapped at words, unknown options refused. */
class HelpAndServeTest {

    @Test
    void theCommandsHelpListsServe() {
        Run run = qrqg("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.lines()).anySatisfy(line -> assertThat(line).startsWith("  serve ").contains("Starts the platform"));
    }

    @Test
    void serveHelpPrintsItsOptionsAndStartsNothing() {
        Run run = qrqg("serve", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Usage: qrqg serve").contains("--port=N", "--data-dir=DIR", "QRQG_PORT",
                "checks first that the port is free");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void serveOutsideBinQrqgSaysHowToStartIt() {
        Run run = qrqg("serve", "--port", "18080");
        assertThat(run.exit()).isEqualTo(QrqgCommand.USAGE);
        assertThat(run.err()).contains("bin/qrqg serve");
    }

    @Test
    void anUnknownOptionIsRefusedInOneClearLineAndExitsTwo() {
        Run run = qrqg("serve", "--prot", "18080");
        assertThat(run.exit()).isEqualTo(QrqgCommand.USAGE);
        assertThat(run.err().lines().toList()).containsExactly("qrqg: Unknown options: '--prot', '18080'",
                "See 'qrqg serve --help'.");
        assertThat(qrqg("decode", "x", "--jsn").err()).startsWith("qrqg: Unknown option: '--jsn'");
    }

    @Test
    void everyHelpIsWrappedAtWordsWithin80ColumnsAndNeverSplitsAUrl() {
        for (List<String> command : commands(QrqgCommand.commandLine(), new ArrayList<>())) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            Run run = qrqg(args.toArray(String[]::new));
            assertThat(run.exit()).as("%s", args).isZero();
            for (String line : run.lines()) {
                assertThat(line.length() <= HelpText.WIDTH || !line.strip().contains(" "))
                        .as("%s: %s", args, line).isTrue();
            }
            if (run.out().contains("http")) {
                assertThat(run.out()).as("%s", args).doesNotContainPattern("https?:\\s").doesNotContainPattern("https?:$");
            }
        }
        assertThat(qrqg("decode", "--help").out().replaceAll("\\s+", " ")).contains("(default: http://localhost:8080)");
        assertThat(qrqg("keys", "rotate", "--help").out()).contains("http://localhost:8080");
    }

    @Test
    void aDescriptionReadsAsOneParagraphNotBrokenMidSentence() {
        String help = qrqg("verify", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("Prints the outcome word of docs/formats.md §4 (VALID, INVALID_SIGNATURE, UNKNOWN_KEY, "
                + "REVOKED_KEY, MALFORMED with field and reason, UNSUPPORTED; with revocation lists also REVOKED and "
                + "SUPERSEDED) on the first line, then the fields.");
    }

    @Test
    void wrapsAtSpacesUnderTheTextItContinues() {
        String option = "      --url=URL   " + "word ".repeat(20).strip();
        List<String> lines = HelpText.wrap(option, 40).lines().toList();
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(40));
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).startsWith(" ".repeat(18) + "word"));
        assertThat(HelpText.wrap("Usage: qrqg keys rotate [-hV] [--json] [--url=URL] [--more=X] [--and-more=Y]", 40))
                .isEqualTo("Usage: qrqg keys rotate [-hV] [--json]\n"
                        + "                        [--url=URL]\n"
                        + "                        [--more=X]\n"
                        + "                        [--and-more=Y]\n");
        assertThat(HelpText.wrap("see https://example.vn/a/very/long/path/that/does/not/fit", 20))
                .isEqualTo("see\nhttps://example.vn/a/very/long/path/that/does/not/fit\n");
    }

    /** Every command path with something to run or explain: [], [serve], [keys], [keys, new], … */
    private static List<List<String>> commands(CommandLine line, List<String> path) {
        List<List<String>> all = new ArrayList<>();
        all.add(List.copyOf(path));
        line.getSubcommands().forEach((name, sub) -> {
            path.add(name);
            all.addAll(commands(sub, path));
            path.removeLast();
        });
        return all;
    }
}
