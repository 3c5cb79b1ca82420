package vn.qrqg.venues.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;
import vn.qrqg.platform.pdf.PdfQr;
import vn.qrqg.platform.pdf.PdfText;

/**
 * A venue's A4 poster with Apache PDFBox: a short title, the venue QR with its symbol
 * {@value #QR_SYMBOL_CM} cm wide (FORMATS.md §2 asks for at least 15 × 15 cm) as vector
 * squares, the venue's name and address under it, and short instructions in Vietnamese and
 * English ({@link PdfQr} draws the QR, {@link PdfText} the text, in a font with every
 * Vietnamese letter, embedded).
 */
@Component
class PosterPdf {
    /** The symbol, quiet zone excluded: 15 cm and some margin for printers that scale to fit. */
    static final double QR_SYMBOL_CM = 15.5;
    private static final float SIDE_MARGIN = 48;
    private static final String TITLE_VI = "QUÉT MÃ QR KHI VÀO VÀ KHI RA";
    private static final String TITLE_EN = "Scan this code when you enter and when you leave";
    private static final String HOWTO_VI = "Mở ứng dụng đã được chứng nhận (PC-COVID, VNeID…) hoặc camera điện thoại, "
            + "quét mã và chọn Vào hoặc Ra. Không có điện thoại? Đưa mã QR cá nhân hoặc thẻ CCCD để nhân viên quét.";
    private static final String HOWTO_EN = "Open a certified app (PC-COVID, VNeID…) or your phone's camera, scan the code "
            + "and choose In or Out. No phone? Show your personal QR or CCCD card to the staff.";

    /** What a poster shows. @param address the full address: street, commune, province */
    record Content(String url, String venueCode, String name, String address) {
    }

    byte[] render(Content content) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle(content.name() + " — QR " + content.venueCode());
            document.getDocumentInformation().setCreator("QRQG");
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                draw(out, PdfText.in(document), content, page.getMediaBox());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("making a poster in memory failed", e);
        }
    }

    private static void draw(PDPageContentStream out, PdfText text, Content content, PDRectangle page) throws IOException {
        float width = page.getWidth();
        float textWidth = width - 2 * SIDE_MARGIN;
        float y = page.getHeight() - 30;
        y = text.bold(out, TITLE_VI, 20, width, y - 20) - 6;
        y = text.centred(out, TITLE_EN, 12, 0.3f, width, y - 12);
        y = PdfQr.draw(out, content.url(), width / 2, y - 4, (float) (QR_SYMBOL_CM * PdfQr.POINTS_PER_CM));
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
}
