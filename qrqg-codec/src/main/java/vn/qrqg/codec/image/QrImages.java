package vn.qrqg.codec.image;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders QR texts as images: PNG for screens and print, SVG for posters and documents.
 * Every image has the 4-module white quiet zone the QR standard requires; without it many
 * phone scanners fail next to a dark border.
 */
public final class QrImages {

    public static final int QUIET_ZONE_MODULES = 4;
    /** A printed personal QR is at least 5 × 5 cm (FORMATS.md §2); 300 dpi is what office printers do well. */
    public static final double PERSONAL_PRINT_CM = 5.0;
    public static final int PERSONAL_PRINT_DPI = 300;
    /** Larger images are a caller's mistake (a poster at 600 dpi is about 3,600 pixels). */
    public static final int MAX_SIDE_PIXELS = 16_384;

    private static final double CM_PER_INCH = 2.54;

    private QrImages() {
    }

    /**
     * A black-on-white 1-bit PNG, each module {@code modulePixels} × {@code modulePixels} pixels.
     *
     * @throws IllegalArgumentException when the text is empty or does not fit in a QR code,
     *         or the image would be larger than {@value #MAX_SIDE_PIXELS} pixels
     */
    public static byte[] png(String text, QrMedium medium, int modulePixels) {
        BitMatrix modules = modules(text, medium);
        checkSide(modules, modulePixels);
        return PngWriter.write(modules, modulePixels, 0);
    }

    /**
     * A PNG for printing ({@link QrMedium#PRINT}) at least {@code sizeCm} wide at {@code dpi},
     * using the smallest whole number of pixels per module that reaches that size (whole
     * pixels keep every module the same size). The PNG records {@code dpi}, so printing
     * software prints it at that size rather than guessing.
     */
    public static byte[] printPng(String text, double sizeCm, int dpi) {
        if (!(sizeCm > 0) || Double.isInfinite(sizeCm) || dpi <= 0) {
            throw new IllegalArgumentException("size and resolution must be positive, not " + sizeCm + " cm at " + dpi + " dpi");
        }
        BitMatrix modules = modules(text, QrMedium.PRINT);
        // the epsilon keeps an exact size (2.54 cm at 300 dpi = 300 px) from rounding up a pixel
        long minSide = (long) Math.ceil(sizeCm / CM_PER_INCH * dpi - 1e-9);
        long modulePixels = Math.max(1, (minSide + modules.getWidth() - 1) / modules.getWidth());
        checkSide(modules, modulePixels);
        return PngWriter.write(modules, (int) modulePixels, dpi);
    }

    /** A personal QR for printing: 5 cm at 300 dpi. */
    public static byte[] personalPrintPng(String text) {
        return printPng(text, PERSONAL_PRINT_CM, PERSONAL_PRINT_DPI);
    }

    /**
     * A standalone SVG whose {@code viewBox} counts modules, quiet zone included: a white
     * background and one path of black modules, drawn with crisp edges.
     */
    public static String svg(String text, QrMedium medium) {
        return SvgWriter.write(modules(text, medium));
    }

    /** The side of the symbol in modules, quiet zone included (the QR version's size + 8). */
    public static int moduleCount(String text, QrMedium medium) {
        return modules(text, medium).getWidth();
    }

    /** One bit per module, quiet zone included. */
    static BitMatrix modules(String text, QrMedium medium) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(medium, "medium");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("cannot make a QR code of an empty text");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            // only then: the UTF-8 hint adds an ECI marker that some older scanners misread,
            // and every QR the platform issues is ASCII
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        hints.put(EncodeHintType.ERROR_CORRECTION, medium.errorCorrection());
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
        try {
            // width and height 0: the writer's smallest rendering, one pixel per module
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("the text (" + text.getBytes(StandardCharsets.UTF_8).length
                    + " bytes in UTF-8) does not fit in a QR code at error-correction level "
                    + medium.errorCorrection() + " for " + medium + ": " + e.getMessage(), e);
        }
    }

    private static void checkSide(BitMatrix modules, long modulePixels) {
        if (modulePixels < 1 || modulePixels * modules.getWidth() > MAX_SIDE_PIXELS) {
            throw new IllegalArgumentException("a module of " + modulePixels + " pixels gives an image of "
                    + modulePixels * modules.getWidth() + " pixels; allowed are 1 to " + MAX_SIDE_PIXELS);
        }
    }
}
