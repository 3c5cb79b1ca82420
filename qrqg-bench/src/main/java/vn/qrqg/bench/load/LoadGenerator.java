package vn.qrqg.bench.load;

import picocli.CommandLine;

/** {@code bin/load}: the HTTP load generator's entry point (docs/benchmarks.md). */
public final class LoadGenerator {
    private LoadGenerator() {
    }

    public static void main(String[] args) {
        // Jetty logs through SLF4J; its INFO lines (start, stop) are noise next to the report
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        CommandLine command = new CommandLine(new LoadCommand());
        command.setParameterExceptionHandler((problem, arguments) -> {
            command.getErr().println("load: " + problem.getMessage() + " (bin/load --help lists the options)");
            return 2;
        });
        System.exit(command.execute(args));
    }
}
