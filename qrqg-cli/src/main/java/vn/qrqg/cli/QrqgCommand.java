package vn.qrqg.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/qrqg}: the codec's operations on the command line. */
@Command(name = "qrqg", mixinStandardHelpOptions = true, version = "qrqg 0.1.0",
        description = "Reads, verifies, signs and renders the QR formats of the national personal-QR platform.",
        subcommands = {DecodeCommand.class, VerifyCommand.class, RenderCommand.class, KeysCommand.class, SignCommand.class,
                RegistryCommand.class})
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
            cmd.getErr().println("qrqg: " + describe(e));
            return e instanceof AdminClient.Failure failure ? failure.exitCode : USAGE;
        });
        return commandLine;
    }

    /** File errors carry only the path as their message; say what happened to it. */
    private static String describe(Exception e) {
        return switch (e) {
            case NoSuchFileException missing -> "no such file: " + missing.getMessage();
            case FileAlreadyExistsException exists -> "already exists: " + exists.getMessage();
            case AccessDeniedException denied -> "permission denied: " + denied.getMessage();
            default -> e.getMessage();
        };
    }
}
