package vn.qrqg.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/qrqg}: the codec's operations on the command line. */
@Command(name = "qrqg", mixinStandardHelpOptions = true, version = "qrqg 0.1.0",
        description = "Reads, verifies, signs and renders the QR formats of the national personal-QR platform.",
        subcommands = {ServeCommand.class, DecodeCommand.class, VerifyCommand.class, RenderCommand.class,
                KeysCommand.class, SignCommand.class, RegistryCommand.class, AuditCommand.class, DccCommand.class})
public final class QrqgCommand {

    /** Exit code of a command whose input was understood but is not valid (e.g. verify without VALID). */
    static final int NOT_VALID = 1;
    /** Exit code of a usage error or an unreadable file. */
    static final int USAGE = 2;

    public static void main(String[] args) {
        quietLibraries();
        System.exit(commandLine().execute(args));
    }

    /**
     * The JSON Schema validator (dcc) logs through SLF4J; a command line prints none of it. SLF4J's
     * own no-op provider, chosen here rather than the slf4j-nop jar: the CLI's jar names its
     * libraries in its manifest, and a program that runs the commands in its own JVM ({@link #run},
     * the platform's integration tests) would get that jar too, and its logging silenced.
     */
    private static void quietLibraries() {
        System.getProperties().putIfAbsent("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        System.getProperties().putIfAbsent("slf4j.internal.verbosity", "WARN");
    }

    /**
     * Runs {@code args} as {@code main} would, printing to {@code out} and {@code err} instead of
     * the console, and returns the exit code: for a program that embeds the commands (the
     * platform's integration tests run {@code audit verify} so).
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = commandLine();
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new QrqgCommand());
        commandLine.setUsageHelpWidth(HelpText.UNWRAPPED); // HelpText wraps, at words
        commandLine.setExecutionStrategy(parsed -> {
            Integer help = help(parsed);
            return help != null ? help : new CommandLine.RunLast().execute(parsed);
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("qrqg: " + e.getMessage());
            cmd.getErr().println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("qrqg: " + describe(e));
            return e instanceof AdminClient.Failure failure ? failure.exitCode : USAGE;
        });
        return commandLine;
    }

    /** Prints the usage or version a command's --help or --version asked for, wrapped at words; null: neither. */
    private static Integer help(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult command = parsed; command != null; command = command.subcommand()) {
            CommandLine cmd = command.commandSpec().commandLine();
            if (command.isUsageHelpRequested()) {
                cmd.getOut().print(HelpText.wrap(cmd.getUsageMessage(), HelpText.WIDTH));
                cmd.getOut().flush();
                return 0;
            }
            if (command.isVersionHelpRequested()) {
                cmd.printVersionHelp(cmd.getOut());
                cmd.getOut().flush();
                return 0;
            }
        }
        return null;
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
