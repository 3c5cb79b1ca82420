package vn.qrqg.passports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.springframework.stereotype.Component;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.passports.PassportStatus;
import vn.qrqg.platform.pdf.PdfQr;
import vn.qrqg.platform.pdf.PdfText;

/**
 * The passport on paper: an A4 page, in Vietnamese and English, with its {@code HC1:} QR as vector
 * squares, the symbol exactly {@value #QR_SYMBOL_CM} cm wide (quiet zone excluded; at least 5 cm, so
 * that a border officer's phone reads it from a hand's length), and under it the eleven fields of
 * Decision 5772/QĐ-BYT, then the country, issuer and validity. A revoked passport says so at the top.
 * Drawn as the personal card is ({@link PdfQr}, {@link PdfText}).
 */
@Component
class PassportPdf {
    static final double QR_SYMBOL_CM = 6.0;
    private static final float MARGIN = 48;
    private static final float LABEL_SIZE = 9;
    private static final float VALUE_SIZE = 11;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One row: the Vietnamese and English label, and the value. */
    record Row(String vietnamese, String english, String value) {
    }

    byte[] render(CitizenPassports.Issued passport) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            document.getDocumentInformation().setTitle("QRQG — COVID-19 vaccination certificate");
            document.getDocumentInformation().setCreator("QRQG");
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                draw(out, PdfText.in(document), passport, page.getMediaBox());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("making a passport in memory failed", e);
        }
    }

    private static void draw(PDPageContentStream out, PdfText text, CitizenPassports.Issued passport, PDRectangle page)
            throws IOException {
        float width = page.getWidth();
        float y = page.getHeight() - MARGIN;
        y = text.bold(out, "CHỨNG NHẬN TIÊM CHỦNG COVID-19", 16, width, y - 16) - 4;
        y = text.centred(out, "COVID-19 vaccination certificate · EU Digital COVID Certificate", 11, 0.3f, width, y - 11);
        if (passport.status() == PassportStatus.REVOKED) {
            y = text.bold(out, "ĐÃ THU HỒI — REVOKED: không còn giá trị / no longer valid", 13, width, y - 22);
        }
        y = PdfQr.draw(out, passport.hc1(), width / 2, y - 8, (float) (QR_SYMBOL_CM * PdfQr.POINTS_PER_CM));
        for (Row row : rows(passport)) {
            y = text.at(out, row.vietnamese() + " / " + row.english(), LABEL_SIZE, 0.35f, MARGIN, y - LABEL_SIZE - 6);
            for (String line : text.lines(row.value(), VALUE_SIZE, width - 2 * MARGIN, 2)) {
                y = text.at(out, line, VALUE_SIZE, 0f, MARGIN, y - VALUE_SIZE - 3);
            }
        }
        text.centred(out, "QRQG · Bộ Y tế / Ministry of Health of Viet Nam", 8, 0.35f, width, MARGIN / 2);
    }

    /** The eleven fields of Decision 5772/QĐ-BYT, then where, by whom, and how long. */
    static List<Row> rows(CitizenPassports.Issued passport) {
        PassportContent c = passport.content();
        return List.of(
                new Row("Họ và tên", "Name", c.fullName()),
                new Row("Ngày sinh", "Date of birth", c.dateOfBirth()),
                new Row("Quốc tịch", "Nationality", "Việt Nam / Viet Nam"),
                new Row("Bệnh được phòng", "Disease targeted", "COVID-19"),
                new Row("Tổng số liều", "Number of doses", Integer.toString(c.series())),
                new Row("Ngày tiêm", "Date of vaccination", DAY.format(c.date()) + " (" + c.date() + ")"),
                new Row("Mũi số", "Dose number", c.dose() + "/" + c.series()),
                new Row("Loại vắc xin", "Vaccine / prophylaxis", c.vaccineName()),
                new Row("Tên vắc xin", "Vaccine product", c.productName()),
                new Row("Nhà sản xuất", "Manufacturer", c.manufacturerName()),
                new Row("Mã chứng nhận", "Certificate identifier", c.uvci()),
                new Row("Nước tiêm", "Country of vaccination", "Việt Nam / Viet Nam (" + c.country() + ")"),
                new Row("Cơ quan cấp", "Certificate issuer", c.issuer()),
                new Row("Hiệu lực", "Valid", day(passport.validFrom()) + " – " + day(passport.validUntil())));
    }

    private static String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(VietnamTime.ZONE));
    }
}
