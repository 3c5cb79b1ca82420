package vn.qrqg.venues;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
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
 * the QR's printed size is measured between its finder patterns. A phone reads frame after
 * frame as it moves closer, so the page is seen at {@value #DPI} dots per inch, then at 10 more
 * each time up to {@value #CLOSEST_DPI}, and the first frame that decodes counts: ZXing's
 * detector misses about one valid personal QR in a hundred at any one resolution, none (of 3,000
 * tried) at all of them.
 */
public final class PosterScans {
    /** Screen-like, so that the scan does not depend on a printer's sharpness. */
    public static final int DPI = 100;
    private static final int CLOSEST_DPI = 200;
    private static final int DPI_STEP = 10;
    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

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
            ReaderException missed = null;
            for (int dpi = DPI; dpi <= CLOSEST_DPI; dpi += DPI_STEP) {
                BinaryBitmap frame = frame(document, dpi);
                try {
                    Result result = new QRCodeReader().decode(frame, HINTS);
                    return new Scan(result.getText(), String.valueOf(result.getResultMetadata()
                            .get(ResultMetadataType.ERROR_CORRECTION_LEVEL)), symbolSideCm(frame, dpi),
                            document.getNumberOfPages(), document.getPage(0).getMediaBox(),
                            new PDFTextStripper().getText(document));
                } catch (ReaderException e) {
                    missed = e;
                }
            }
            throw missed;
        }
    }

    private static BinaryBitmap frame(PDDocument document, int dpi) throws Exception {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.GRAY);
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        return new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
    }

    private static double symbolSideCm(BinaryBitmap frame, int dpi) throws Exception {
        DetectorResult detected = new Detector(frame.getBlackMatrix()).detect(HINTS);
        int modules = detected.getBits().getWidth();
        ResultPoint[] finders = detected.getPoints(); // bottom left, top left, top right
        // finder centres sit 3.5 modules in from each edge
        double sidePixels = ResultPoint.distance(finders[1], finders[2]) * modules / (modules - 7);
        return sidePixels / dpi * 2.54;
    }
}
