package vn.qrqg.portal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.platform.pdf.PdfQr;
import vn.qrqg.platform.pdf.PdfText;

/**
 * A person's printable card: an A6 page with their QR, its symbol exactly {@value #QR_SYMBOL_CM}
 * cm wide (quiet zone excluded) as vector squares, and under it their full name and their masked
 * identity (the document number as the masked QR shows it). Drawn as the venue poster is
 * ({@link PdfQr}, {@link PdfText}).
 */
@Component
class CardPdf {
    static final double QR_SYMBOL_CM = 5.0;
    private static final String TITLE_VI = "MÃ QR CÁ NHÂN";
    private static final String TITLE_EN = "Personal QR code";
    private static final float MARGIN = 24;

    /**
     * @param qrText the QR to print, masked or full form
     * @param maskedText the masked form of the same QR: the name and the masked document number under it
     */
    byte[] render(String qrText, String maskedText) {
        PersonalQr masked = PersonalQr.parse(maskedText);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A6);
            document.addPage(page);
            document.getDocumentInformation().setTitle("QRQG — " + TITLE_EN);
            document.getDocumentInformation().setCreator("QRQG");
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                draw(out, PdfText.in(document), qrText, masked, page.getMediaBox());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("making a card in memory failed", e);
        }
    }

    private static void draw(PDPageContentStream out, PdfText text, String qrText, PersonalQr masked, PDRectangle page)
            throws IOException {
        float width = page.getWidth();
        float y = page.getHeight() - MARGIN;
        y = text.bold(out, TITLE_VI, 14, width, y - 14) - 4;
        y = text.centred(out, TITLE_EN, 10, 0.3f, width, y - 10);
        y = PdfQr.draw(out, qrText, width / 2, y - 4, (float) (QR_SYMBOL_CM * PdfQr.POINTS_PER_CM));
        for (String line : text.lines(masked.fullName(), 14, width - 2 * MARGIN, 2)) {
            y = text.bold(out, line, 14, width, y - 17);
        }
        y = text.centred(out, "Số giấy tờ / ID: " + masked.documentNumber(), 11, 0f, width, y - 16);
        text.centred(out, "Năm sinh / Born: " + masked.birthYear(), 11, 0f, width, y - 15);
        text.centred(out, "QRQG · Cổng QRQG", 8, 0.35f, width, MARGIN);
    }
}
