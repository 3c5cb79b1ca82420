package vn.qrqg.passports;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.DetectorResult;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.detector.Detector;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a passport's PDF as zbarimg reads a scan of it: PDFBox renders the page at {@value #DPI}
 * dpi, ZXing finds and decodes the QR, whose printed side is measured between its finder patterns;
 * the page's image is kept as a PNG, for {@code bin/qrqg dcc verify --image}.
 */
public final class PassportScans {
    public static final int DPI = 300;
    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private PassportScans() {
    }

    /** @param symbolSideCm the printed side of the QR symbol, quiet zone excluded */
    public record Scan(String decoded, double symbolSideCm, String text, Path png) {
    }

    public static Scan scan(byte[] pdf, Path png) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
            ImageIO.write(image, "png", png.toFile());
            int width = image.getWidth();
            int height = image.getHeight();
            int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
            BinaryBitmap frame = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
            String decoded = new QRCodeReader().decode(frame, HINTS).getText();
            DetectorResult detected = new Detector(frame.getBlackMatrix()).detect(HINTS);
            int modules = detected.getBits().getWidth();
            ResultPoint[] finders = detected.getPoints(); // bottom left, top left, top right
            double sidePixels = ResultPoint.distance(finders[1], finders[2]) * modules / (modules - 7);
            return new Scan(decoded, sidePixels / DPI * 2.54, new PDFTextStripper().getText(document), png);
        }
    }

    public static Scan scan(byte[] pdf) throws Exception {
        Path png = Files.createTempFile("passport-", ".png");
        png.toFile().deleteOnExit();
        return scan(pdf, png);
    }
}
