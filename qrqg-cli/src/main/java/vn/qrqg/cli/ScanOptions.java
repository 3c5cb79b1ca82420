package vn.qrqg.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code decode} and {@code verify} share: the text, the venue base URLs, {@code --json}. */
final class ScanOptions {

    @Parameters(index = "0", paramLabel = "TEXT", description = "The scanned text, or - to read it from standard input.")
    String text;

    @Option(names = "--venue-base-url", paramLabel = "URL", split = ",",
            description = "Public base URL(s) venue QRs are issued under (default: ${DEFAULT-VALUE}).",
            defaultValue = "${env:QRQG_PUBLIC_BASE_URL:-http://localhost:8080}")
    List<String> venueBaseUrls;

    @Option(names = "--json", description = "Print one JSON object instead of lines.")
    boolean json;
}
