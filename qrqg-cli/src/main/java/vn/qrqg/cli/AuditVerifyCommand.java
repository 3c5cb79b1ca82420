package vn.qrqg.cli;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.qrqg.codec.audit.ChainCheck;
import vn.qrqg.codec.signature.TrustList;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Re-computes one day's audit chain from its records and checks it against the day's signed head: "
                + "names the first record that was changed, removed or inserted.",
                "Exit code 0 when the day is intact (or its records were dropped by retention, as due), 1 when it is "
                        + "not or cannot be checked, 2 on a usage error.",
                "Needs QRQG_BOOTSTRAP_ADMIN_SECRET, the admin secret printed at the platform's first start."})
final class AuditVerifyCommand implements Callable<Integer> {
    private static final int PAGE = 5000;

    @Mixin
    AdminOptions options;

    @Option(names = "--day", required = true, paramLabel = "YYYY-MM-DD", description = "The UTC day to verify.")
    String day;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LocalDate date;
        try {
            date = LocalDate.parse(day.strip());
        } catch (DateTimeParseException e) {
            throw new AdminClient.Failure(QrqgCommand.USAGE, "--day must be a date as YYYY-MM-DD, not " + day);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("day", date.toString());
        boolean intact;
        try (AdminClient platform = AdminClient.connect(options.url)) {
            intact = verify(platform, date, report);
        }
        report.put("result", intact ? report.getOrDefault("result", "INTACT") : "TAMPERED");
        Output.print(spec.commandLine().getOut(), report, options.json);
        return intact && !"NO CHAIN".equals(report.get("result")) ? 0 : QrqgCommand.NOT_VALID;
    }

    /** Fills {@code report}; whether nothing was found amiss. */
    private static boolean verify(AdminClient platform, LocalDate date, Map<String, Object> report) {
        TrustList trusted = TrustList.fromJwks(platform.getText("/.well-known/jwks.json", true));
        PublishedHeads heads = PublishedHeads.around(platform, date);
        Map<String, Object> day = platform.get("/api/v1/admin/audit/days/" + date, false);
        Optional<String> headProblem = heads.problem(trusted, report);
        if (headProblem.isPresent()) {
            report.put("problem", headProblem.get());
            return false;
        }
        if (day.get("chained") == null && heads.head() == null) {
            report.put("result", "NO CHAIN");
            report.put("problem", "the day has no chain: it is before the chain began, or nothing was audited");
            return true;
        }
        if (!Boolean.TRUE.equals(day.get("recordsKept"))) {
            return dropped(date, day, report);
        }
        ChainCheck check = new ChainCheck(date, heads.head());
        Optional<ChainCheck.Break> found = ChainRecords.feed(platform, date, check, PAGE, day);
        report.put("records", check.records() + (heads.head() == null ? " fit (the day is not sealed yet: checked as "
                + "far as its chain goes)" : " fit, as its signed head counts"));
        found.ifPresent(broken -> report.put("problem", describe(broken)));
        return found.isEmpty();
    }

    /** A day whose reads are gone: as due when its retention has ended, tampering when it has not. */
    private static boolean dropped(LocalDate date, Map<String, Object> day, Map<String, Object> report) {
        LocalDate until = LocalDate.parse(String.valueOf(day.get("retainedUntil")));
        if (LocalDate.now(ZoneOffset.UTC).isBefore(until)) {
            report.put("problem", "the day's reads are gone, yet its retention runs until " + until);
            return false;
        }
        report.put("result", "DROPPED BY RETENTION");
        report.put("records", "the day's reads were dropped by retention on " + until + "; its signed head remains");
        return true;
    }

    private static String describe(ChainCheck.Break broken) {
        String where = broken.record() == null ? "at the end of the chain" : broken.record();
        return broken.kind() + " at place " + broken.seq() + ": " + where + ": " + broken.detail();
    }

    /** The record's words for a report: its table's id, who and when. */
    static String label(Map<?, ?> record) {
        if (record.get("read") instanceof Map<?, ?> read) {
            return "read id " + record.get("id") + " (client " + read.get("clientId") + ", " + read.get("purpose")
                    + ", at " + read.get("at") + ")";
        }
        Map<?, ?> action = record.get("adminAction") instanceof Map<?, ?> map ? map : Map.of();
        return "admin action id " + record.get("id") + " (" + action.get("action") + " by "
                + (action.get("actor") == null ? "the platform" : action.get("actor")) + ", at " + action.get("at") + ")";
    }

    static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }
}
