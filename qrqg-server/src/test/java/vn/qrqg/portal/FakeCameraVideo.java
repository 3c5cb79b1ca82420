package vn.qrqg.portal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import vn.qrqg.codec.image.QrImages;
import vn.qrqg.codec.image.QrMedium;

/**
 * A video for Chromium's fake camera ({@code --use-file-for-fake-video-capture}): a QR text
 * rendered by the codec, centred on a white 640×480 picture, a few frames of Y4M (YUV 4:2:0,
 * grey: the chroma planes are neutral). Chromium plays it in a loop.
 */
final class FakeCameraVideo {
    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final int FRAMES = 5;
    private static final int MARGIN = 30;

    private FakeCameraVideo() {
    }

    /** The video of this QR text in a new temporary file. */
    static Path showing(String qrText) {
        byte[] luma = luma(qrText);
        byte[] chroma = new byte[WIDTH / 2 * HEIGHT / 2];
        Arrays.fill(chroma, (byte) 128);
        try {
            Path file = Files.createTempFile("qrqg-camera-", ".y4m");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F5:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < FRAMES; i++) {
                    out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(luma);
                    out.write(chroma);
                    out.write(chroma);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The brightness plane: the QR as large as fits with a margin, on white. */
    private static byte[] luma(String qrText) {
        int modules = QrImages.moduleCount(qrText, QrMedium.SCREEN);
        int modulePixels = Math.max(1, (HEIGHT - 2 * MARGIN) / modules);
        BufferedImage qr;
        try {
            qr = ImageIO.read(new ByteArrayInputStream(QrImages.png(qrText, QrMedium.SCREEN, modulePixels)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 255);
        int left = (WIDTH - qr.getWidth()) / 2;
        int top = (HEIGHT - qr.getHeight()) / 2;
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                boolean dark = (qr.getRGB(x, y) & 0xFF) < 128;
                luma[(top + y) * WIDTH + left + x] = dark ? 0 : (byte) 255;
            }
        }
        return luma;
    }
}
