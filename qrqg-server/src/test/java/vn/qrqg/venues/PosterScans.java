package vn.qrqg.venues;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.DetectorResult;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.detector.Detector;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a poster as a phone would: PDFBox renders its page, ZXing finds and decodes the QR;
 * the QR's printed size is measured between its finder patterns.
 */
public final class PosterScans {
    /** Screen-like, so that the scan does not depend on a printer's sharpness. */
    public static final int DPI = 100;

    private PosterScans() {
    }

    /**
     * @param symbolSideCm the printed side of the QR symbol, quiet zone excluded
     * @param text what the page says (the embedded font maps back to Unicode)
     */
    public record Scan(String decoded, String errorCorrection, double symbolSideCm, int pages, PDRectangle pageSize,
            String text) {
    }

    public static Scan scan(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, DPI, ImageType.GRAY);
            int width = image.getWidth();
            int height = image.getHeight();
            int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
            Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
            Result result = new QRCodeReader().decode(bitmap, hints);
            DetectorResult detected = new Detector(bitmap.getBlackMatrix()).detect(hints);
            int modules = detected.getBits().getWidth();
            ResultPoint[] finders = detected.getPoints(); // bottom left, top left, top right
            // finder centres sit 3.5 modules in from each edge
            double sidePixels = ResultPoint.distance(finders[1], finders[2]) * modules / (modules - 7);
            return new Scan(result.getText(), String.valueOf(result.getResultMetadata()
                    .get(ResultMetadataType.ERROR_CORRECTION_LEVEL)), sidePixels / DPI * 2.54,
                    document.getNumberOfPages(), document.getPage(0).getMediaBox(), new PDFTextStripper().getText(document));
        }
    }
}
