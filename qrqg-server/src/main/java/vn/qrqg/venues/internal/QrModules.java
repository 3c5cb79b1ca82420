package vn.qrqg.venues.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import vn.qrqg.codec.image.QrImages;
import vn.qrqg.codec.image.QrMedium;

/**
 * The modules of a print QR (error correction Q) as the codec makes them, quiet zone included:
 * its PNG at one pixel per module, read back. The poster then draws each module as a vector
 * square, sharp at any printer's resolution, without making QR codes a second way.
 */
final class QrModules {

    private QrModules() {
    }

    /** {@code [row][column]}, true for dark; square; {@link QrImages#QUIET_ZONE_MODULES} light ones around. */
    static boolean[][] of(String text) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(QrImages.png(text, QrMedium.PRINT, 1)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading the codec's PNG back failed", e);
        }
        int side = image.getWidth();
        boolean[][] dark = new boolean[side][side];
        for (int row = 0; row < side; row++) {
            for (int column = 0; column < side; column++) {
                dark[row][column] = (image.getRGB(column, row) & 0xFF) < 128;
            }
        }
        return dark;
    }
}
