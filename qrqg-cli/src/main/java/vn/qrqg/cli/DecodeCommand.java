package vn.qrqg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.qrqg.codec.scan.ScanClassifier;
import vn.qrqg.codec.scan.ScanResult;
import vn.qrqg.codec.signature.TrustList;

@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Shows what a scanned text is and its fields, without checking the signature.",
                "Exit code 0 for a well-formed text, 1 for MALFORMED or UNSUPPORTED."})
final class DecodeCommand implements Callable<Integer> {

    @Mixin
    ScanOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String text = TextArgument.read(options.text, System.in);
        ScanResult result = new ScanClassifier(TrustList.empty(), options.venueBaseUrls).classify(text);
        Output.print(spec.commandLine().getOut(), ScanReport.of(result, false), options.json);
        boolean wellFormed = !(result instanceof ScanResult.Malformed || result instanceof ScanResult.Unsupported);
        return wellFormed ? 0 : QrqgCommand.NOT_VALID;
    }
}
