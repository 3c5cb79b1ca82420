package vn.qrqg.venues.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.springframework.stereotype.Component;
import vn.qrqg.codec.image.QrImages;

/**
 * A venue's A4 poster with Apache PDFBox: a short title, the venue QR with its symbol
 * {@value #QR_SYMBOL_CM} cm wide (FORMATS.md §2 asks for at least 15 × 15 cm) as vector
 * squares, the venue's name and address under it, and short instructions in Vietnamese and
 * English. The font is Liberation Sans (SIL Open Font License 1.1), which PDFBox ships and
 * which has every Vietnamese letter; the poster embeds the subset it uses, so it prints the
 * same everywhere.
 */
@Component
class PosterPdf {
    /** The symbol, quiet zone excluded: 15 cm and some margin for printers that scale to fit. */
    static final double QR_SYMBOL_CM = 15.5;
    static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final float POINTS_PER_CM = 72f / 2.54f;
    private static final float SIDE_MARGIN = 48;
    private static final String TITLE_VI = "QUÉT MÃ QR KHI VÀO VÀ KHI RA";
    private static final String TITLE_EN = "Scan this code when you enter and when you leave";
    private static final String HOWTO_VI = "Mở ứng dụng đã được chứng nhận (PC-COVID, VNeID…) hoặc camera điện thoại, "
            + "quét mã và chọn Vào hoặc Ra. Không có điện thoại? Đưa mã QR cá nhân hoặc thẻ CCCD để nhân viên quét.";
    private static final String HOWTO_EN = "Open a certified app (PC-COVID, VNeID…) or your phone's camera, scan the code "
            + "and choose In or Out. No phone? Show your personal QR or CCCD card to the staff.";

    private final byte[] font;

    /** @throws IllegalStateException at start-up, when the font is missing: better than posters without text */
    PosterPdf() {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox no longer ships " + FONT_RESOURCE + ": posters need a font "
                        + "with Vietnamese letters");
            }
            this.font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a poster shows. @param address the full address: street, commune, province */
    record Content(String url, String venueCode, String name, String address) {
    }

    byte[] render(Content content) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDFont regular = PDType0Font.load(document, new ByteArrayInputStream(font), true);
            document.getDocumentInformation().setTitle(content.name() + " — QR " + content.venueCode());
            document.getDocumentInformation().setCreator("QRQG");
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                draw(out, new Text(regular), content, page.getMediaBox());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("making a poster in memory failed", e);
        }
    }

    private static void draw(PDPageContentStream out, Text text, Content content, PDRectangle page) throws IOException {
        float width = page.getWidth();
        float textWidth = width - 2 * SIDE_MARGIN;
        float y = page.getHeight() - 30;
        y = text.bold(out, TITLE_VI, 20, width, y - 20) - 6;
        y = text.centred(out, TITLE_EN, 12, 0.3f, width, y - 12);
        // the quiet zone is white paper: it may take the page's margin, not the text's room
        boolean[][] modules = QrModules.of(content.url());
        int symbol = modules.length - 2 * QrImages.QUIET_ZONE_MODULES;
        float module = (float) (QR_SYMBOL_CM * POINTS_PER_CM / symbol);
        float left = (width - modules.length * module) / 2;
        float top = y - 4;
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
        y = top - modules.length * module;
        for (String line : text.lines(content.name(), 20, textWidth, 2)) {
            y = text.bold(out, line, 20, width, y - 22);
        }
        y -= 4;
        for (String line : text.lines(content.address(), 12, textWidth, 3)) {
            y = text.centred(out, line, 12, 0f, width, y - 15);
        }
        y -= 8;
        for (String line : text.lines(HOWTO_VI, 10.5f, textWidth, 3)) {
            y = text.centred(out, line, 10.5f, 0.2f, width, y - 13);
        }
        for (String line : text.lines(HOWTO_EN, 10.5f, textWidth, 3)) {
            y = text.centred(out, line, 10.5f, 0.35f, width, y - 13);
        }
        text.centred(out, "Mã địa điểm / Venue code: " + content.venueCode() + "   ·   " + content.url(), 8, 0.35f,
                width, Math.min(y - 14, 26));
    }

    /** Text in the embedded font; characters it lacks print as {@code ?} rather than failing the poster. */
    private record Text(PDFont font) {

        List<String> lines(String text, float size, float maxWidth, int maxLines) {
            return TextLines.wrap(printable(text), maxWidth, line -> width(line, size), maxLines);
        }

        /** The font has no bold face: the letters are stroked as well as filled, a little wider. */
        float bold(PDPageContentStream out, String line, float size, float pageWidth, float baseline) throws IOException {
            out.setRenderingMode(RenderingMode.FILL_STROKE);
            out.setLineWidth(size * 0.03f);
            out.setStrokingColor(0f);
            centred(out, line, size, 0f, pageWidth, baseline);
            out.setRenderingMode(RenderingMode.FILL);
            return baseline;
        }

        /** Draws a line centred on the page with its baseline at {@code baseline}; returns the baseline. */
        float centred(PDPageContentStream out, String line, float size, float gray, float pageWidth, float baseline)
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
    }
}
