package vn.qrqg.cli;

import picocli.CommandLine.Option;

/** What the commands that call the running platform's admin API share. */
final class AdminOptions {

    @Option(names = "--url", paramLabel = "URL",
            description = "The platform's base URL (default: QRQG_URL, else http://localhost:8080).")
    String url;

    @Option(names = "--json", description = "Print the platform's JSON answer instead of lines.")
    boolean json;
}
