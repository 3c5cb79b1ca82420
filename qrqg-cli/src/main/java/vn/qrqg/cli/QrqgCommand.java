package vn.qrqg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/qrqg}: the codec's operations on the command line. */
@Command(name = "qrqg", mixinStandardHelpOptions = true, version = "qrqg 0.1.0",
        description = "Reads, verifies, signs and renders the QR formats of the national personal-QR platform.",
        subcommands = {DecodeCommand.class, VerifyCommand.class, RenderCommand.class, KeysCommand.class, SignCommand.class})
public final class QrqgCommand {

    /** Exit code of a command whose input was understood but is not valid (e.g. verify without VALID). */
    static final int NOT_VALID = 1;
    /** Exit code of a usage error or an unreadable file. */
    static final int USAGE = 2;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new QrqgCommand());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("qrqg: " + e.getMessage());
            return USAGE;
        });
        return commandLine;
    }
}
