package vn.qrqg.platform.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import vn.qrqg.codec.image.QrImages;
import vn.qrqg.codec.image.QrMedium;

/**
 * A print QR (error correction Q) as the codec makes it, drawn on a PDF page as vector squares,
 * sharp at any printer's resolution, with its symbol (quiet zone excluded) exactly as wide as
 * asked. The modules come from the codec's PNG at one pixel per module, read back: QR codes are
 * made one way only.
 */
public final class PdfQr {
    public static final float POINTS_PER_CM = 72f / 2.54f;

    private PdfQr() {
    }

    /**
     * Draws the QR of {@code text} centred on {@code centreX}, its quiet zone's top edge at {@code top}
     * (the quiet zone is white paper: it may take a page's margin).
     *
     * @param symbolSide the printed side of the symbol, quiet zone excluded, in points
     * @return the y of the quiet zone's bottom edge
     */
    public static float draw(PDPageContentStream out, String text, float centreX, float top, float symbolSide)
            throws IOException {
        boolean[][] modules = modules(text);
        int symbol = modules.length - 2 * QrImages.QUIET_ZONE_MODULES;
        float module = symbolSide / symbol;
        float left = centreX - modules.length * module / 2;
        out.setNonStrokingColor(0f);
        for (int row = 0; row < modules.length; row++) {
            for (int column = 0; column < modules.length; column++) {
                int start = column;
                while (column < modules.length && modules[row][column]) {
                    column++;
                }
                if (column > start) { // one rectangle per run of dark modules; one fill for all: no seams
                    out.addRect(left + start * module, top - (row + 1) * module, (column - start) * module, module);
                }
            }
        }
        out.fill();
        return top - modules.length * module;
    }

    /** {@code [row][column]}, true for dark; square; {@link QrImages#QUIET_ZONE_MODULES} light ones around. */
    static boolean[][] modules(String text) {
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
