package vn.qrqg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.qrqg.dcc.DccDecoder;
import vn.qrqg.dcc.DccResult;

@Command(name = "decode", mixinStandardHelpOptions = true,
        description = {"Prints an EU Digital COVID Certificate's payload as JSON, without verifying it.",
                "Exit code 0 when it decodes, 1 (with the failed step and why on standard error) when not."})
final class DccDecodeCommand implements Callable<Integer> {

    @Mixin
    DccInput input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DccResult result = DccDecoder.decode(input.read(spec));
        if (!result.decoded()) {
            spec.commandLine().getErr().println("qrqg: not a readable certificate: the " + result.failedStep().jsonName()
                    + " step failed: " + result.reason());
            return QrqgCommand.NOT_VALID;
        }
        spec.commandLine().getOut().println(result.certificate().payload().toPrettyString());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
