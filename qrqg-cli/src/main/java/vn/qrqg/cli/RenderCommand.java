package vn.qrqg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.qrqg.codec.image.QrImages;
import vn.qrqg.codec.image.QrMedium;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders a text as a QR image: PNG or SVG, chosen by the file name.",
                "For print, a PNG is at least --size-cm wide at --dpi (default 5 cm at 300 dpi, the personal QR's size)."})
final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "TEXT", description = "The text to encode, or - to read it from standard input.")
    String text;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.png|FILE.svg")
    Path output;

    @Option(names = "--for", paramLabel = "screen|print", defaultValue = "screen",
            description = "Where it will be scanned from: sets the error-correction level (default: ${DEFAULT-VALUE}).")
    String medium;

    @Option(names = "--module-pixels", paramLabel = "N", defaultValue = "8", description = "Screen PNG: pixels per module (default: ${DEFAULT-VALUE}).")
    int modulePixels;

    @Option(names = "--size-cm", paramLabel = "CM", defaultValue = "5", description = "Print PNG: the least printed size (default: ${DEFAULT-VALUE}).")
    double sizeCm;

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "300", description = "Print PNG: the printer's resolution (default: ${DEFAULT-VALUE}).")
    int dpi;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String content = TextArgument.read(text, System.in);
        QrMedium qrMedium = switch (medium) {
            case "screen" -> QrMedium.SCREEN;
            case "print" -> QrMedium.PRINT;
            default -> throw new ParameterException(spec.commandLine(), "--for is screen or print, not " + medium);
        };
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            Files.writeString(output, QrImages.svg(content, qrMedium));
        } else if (name.endsWith(".png")) {
            byte[] png = qrMedium == QrMedium.PRINT
                    ? QrImages.printPng(content, sizeCm, dpi)
                    : QrImages.png(content, qrMedium, modulePixels);
            Files.write(output, png);
        } else {
            throw new ParameterException(spec.commandLine(), "the output file must end in .png or .svg: " + output);
        }
        spec.commandLine().getOut().println(output);
        return 0;
    }
}
