package vn.qrqg.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Text on a page in Liberation Sans (SIL Open Font License 1.1), which PDFBox ships and which has
 * every Vietnamese letter; a document embeds the subset it uses, so it prints the same everywhere.
 * Characters the font lacks print as {@code ?} rather than failing the page.
 */
public final class PdfText {
    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final byte[] FONT = load();

    private final PDFont font;

    private PdfText(PDFont font) {
        this.font = font;
    }

    /** The font, embedded (as a subset) in {@code document}. */
    public static PdfText in(PDDocument document) throws IOException {
        return new PdfText(PDType0Font.load(document, new ByteArrayInputStream(FONT), true));
    }

    /** Word-wrapped to {@code maxWidth} points; beyond {@code maxLines} the last line ends in an ellipsis. */
    public List<String> lines(String text, float size, float maxWidth, int maxLines) {
        return TextLines.wrap(printable(text), maxWidth, line -> width(line, size), maxLines);
    }

    /** The font has no bold face: the letters are stroked as well as filled, a little wider. */
    public float bold(PDPageContentStream out, String line, float size, float pageWidth, float baseline)
            throws IOException {
        out.setRenderingMode(RenderingMode.FILL_STROKE);
        out.setLineWidth(size * 0.03f);
        out.setStrokingColor(0f);
        centred(out, line, size, 0f, pageWidth, baseline);
        out.setRenderingMode(RenderingMode.FILL);
        return baseline;
    }

    /** Draws a line centred on the page, of this grey (0 black), its baseline at {@code baseline}; returns the baseline. */
    public float centred(PDPageContentStream out, String line, float size, float gray, float pageWidth, float baseline)
            throws IOException {
        String printable = printable(line);
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(gray);
        out.newLineAtOffset((pageWidth - width(printable, size)) / 2, baseline);
        out.showText(printable);
        out.endText();
        return baseline;
    }

    /** Draws a line from {@code x}, of this grey (0 black), its baseline at {@code baseline}; returns the baseline. */
    public float at(PDPageContentStream out, String line, float size, float gray, float x, float baseline)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(gray);
        out.newLineAtOffset(x, baseline);
        out.showText(printable(line));
        out.endText();
        return baseline;
    }

    private float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String printable(String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> printable.appendCodePoint(hasGlyph(codePoint) ? codePoint : '?'));
        return printable.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(Character.toString(codePoint));
            return true;
        } catch (IllegalArgumentException | IOException missing) {
            return false;
        }
    }

    /** At class loading, so that a PDFBox without the font fails the start-up: better than pages without text. */
    private static byte[] load() {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + FONT_RESOURCE + ": printed pages need a "
                        + "font with Vietnamese letters");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
