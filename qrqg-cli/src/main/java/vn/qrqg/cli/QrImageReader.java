package vn.qrqg.cli;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/** The text of the QR in a PNG or JPEG, read as a scanner would (ZXing, trying hard). */
final class QrImageReader {
    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);

    private QrImageReader() {
    }

    /** {@link IOException} (exit 2) for a missing file, one that is not an image, or an image without a QR. */
    static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("not a PNG or JPEG image: " + file);
        }
        int width = image.getWidth();
        int height = image.getHeight();
        LuminanceSource source = new RGBLuminanceSource(width, height, image.getRGB(0, 0, width, height, null, 0, width));
        try {
            return decode(new BinaryBitmap(new HybridBinarizer(source)));
        } catch (ReaderException e) {
            try {
                return decode(new BinaryBitmap(new GlobalHistogramBinarizer(source))); // better for some photos
            } catch (ReaderException again) {
                throw new IOException("no readable QR code in " + file);
            }
        }
    }

    private static String decode(BinaryBitmap bitmap) throws ReaderException {
        return new QRCodeReader().decode(bitmap, HINTS).getText();
    }
}
