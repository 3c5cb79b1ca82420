package vn.qrqg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.qrqg.dcc.DccResult;
import vn.qrqg.dcc.DccVerifier;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verifies an EU Digital COVID Certificate step by step: prefix, base45, zlib, cose, cbor, "
                + "signature, expiry, schema, keyUsage; each PASSED, FAILED (with the reason) or NOT_RUN (after a failed "
                + "one). The first line is VALID or INVALID. Exit code 0 only when every step passed."})
final class DccVerifyCommand implements Callable<Integer> {

    @Mixin
    DccInput input;

    @Option(names = "--dsc", paramLabel = "FILE",
            description = "A Document Signer Certificate to trust: DER, PEM or base64 DER text. Repeatable.")
    List<Path> dscs = List.of();

    @Option(names = "--trust-list", paramLabel = "FILE|URL",
            description = "The EU gateway's JSON list of signer certificates (entries with rawData), a file or a URL.")
    String trustList;

    @Option(names = "--at", paramLabel = "ISO-8601-TIME", converter = ValidationClock.class,
            description = "The validation clock, e.g. 2026-06-01T08:00:00Z (default: now).")
    Instant at;

    @Option(names = "--json", description = "Print one JSON object: outcome, steps, reason, payload, header, claims.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String text = input.read(spec);
        var signers = DccTrust.read(dscs, trustList, spec.commandLine().getErr());
        DccResult result = new DccVerifier(signers).verify(text, at != null ? at : Instant.now());
        DccReport.print(spec.commandLine().getOut(), result, json);
        return result.valid() ? 0 : QrqgCommand.NOT_VALID;
    }
}
