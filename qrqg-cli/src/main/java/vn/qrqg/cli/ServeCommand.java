package vn.qrqg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve} as the CLI lists and explains it. bin/qrqg starts the platform's own jar for
 * {@code serve} and sends {@code serve --help} here, so that help needs no server build; the
 * platform reads the same options (vn.qrqg.platform.ServeArguments) and refuses any other.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Starts the platform: the API, the web portal and an embedded PostgreSQL.",
                "Its data stays in the data directory. It checks first that the port is free, then prints the URL to "
                + "open; the first start also prints the operator client's secret, once. Stop it with Ctrl+C.",
                "Every setting has an environment variable (docs/operations.md); a Spring property may be given as "
                + "--name=value, e.g. --qrqg.venues.public-base-url=https://qr.example.vn."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N",
            description = "The HTTP port (default: QRQG_PORT, else 8080). Posters' venue URLs follow it unless "
                    + "QRQG_PUBLIC_BASE_URL is set.")
    Integer port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the embedded database and its keys are kept (default: QRQG_DATA_DIR, else ./data).")
    Path dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("qrqg: serve starts the platform's own jar: run it as bin/qrqg serve");
        return QrqgCommand.USAGE;
    }
}
