package vn.qrqg.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** What {@code dcc verify} and {@code dcc decode} read: the text, {@code -} for standard input, or a QR image. */
final class DccInput {

    @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT",
            description = "The certificate's text (HC1:…), or - to read it from standard input.")
    String text;

    @Option(names = "--image", paramLabel = "FILE", description = "Read the QR from a PNG or JPEG image instead.")
    Path image;

    /** The text, from the one source given; a usage error (exit 2) for none or two. */
    String read(CommandSpec spec) throws IOException {
        if ((text == null) == (image == null)) {
            throw new ParameterException(spec.commandLine(), "give the certificate as TEXT, - or --image FILE (one of them)");
        }
        return image != null ? QrImageReader.read(image) : TextArgument.read(text, System.in).strip();
    }
}
