package vn.qrqg.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.revocation.RevocationLists;
import vn.qrqg.codec.scan.ScanClassifier;
import vn.qrqg.codec.scan.ScanResult;
import vn.qrqg.codec.signature.TrustList;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Classifies and verifies a scanned text against a trust list (JWKS).",
                "Prints the outcome word of docs/formats.md §4 (VALID, INVALID_SIGNATURE, UNKNOWN_KEY, REVOKED_KEY, "
                        + "MALFORMED with field and reason, UNSUPPORTED; with revocation lists also REVOKED and "
                        + "SUPERSEDED) on the first line, then the fields. Exit code 0 only for VALID."})
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    ScanOptions options;

    @Option(names = "--trust-list", required = true, paramLabel = "FILE|URL",
            description = "The platform's public keys as JWKS JSON: a file (e.g. a copy of /.well-known/jwks.json), "
                    + "or that URL itself, e.g. http://localhost:8080/.well-known/jwks.json.")
    String trustList;

    @Option(names = "--revocations", paramLabel = "FILE|URL",
            description = "A signing key's revocation list (docs/formats.md §4), as an offline scanner syncs it: a file, "
                    + "or a URL such as http://localhost:8080/.well-known/qr-revocations/ (the scanned QR's key's list "
                    + "is fetched from there) or .../qr-revocations/KID?since=N for a delta. Repeat it to apply "
                    + "deltas after a whole list, in order.")
    List<String> revocations = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        TrustList trustList = TrustList.fromJwks(TrustListSource.read(this.trustList));
        String text = TextArgument.read(options.text, System.in);
        ScanResult result = new ScanClassifier(trustList, options.venueBaseUrls).classify(text);
        if (!revocations.isEmpty()) {
            RevocationLists lists = RevocationSources.read(revocations, result);
            RevocationSources.warnIfStale(lists, trustList, result, spec.commandLine().getErr());
            result = new ScanClassifier(trustList, options.venueBaseUrls, lists).classify(text);
        }
        Map<String, Object> report = ScanReport.of(result, true);
        if (!options.json) {
            spec.commandLine().getOut().println(report.remove("outcome"));
        }
        Output.print(spec.commandLine().getOut(), report, options.json);
        return result.outcome() == ScanOutcome.VALID ? 0 : QrqgCommand.NOT_VALID;
    }
}
