package vn.qrqg.venues.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import vn.qrqg.venues.PosterScans;

class PosterPdfTest {
    private static final PosterPdf POSTERS = new PosterPdf();

    @Test
    void anA4PosterScansBackToTheVenueUrlWithAQrOfAtLeast15Centimetres() throws Exception {
        String url = "https://qr.example.vn/v/7K3M9QX2T";
        byte[] pdf = POSTERS.render(new PosterPdf.Content(url, "7K3M9QX2T", "Quán Phở Đức Ngọc",
                "Số 12 Lê Lợi, Phường Ba Đình, Thành phố Hà Nội"));

        PosterScans.Scan scan = PosterScans.scan(pdf);

        assertThat(scan.decoded()).isEqualTo(url);
        assertThat(scan.errorCorrection()).isEqualTo("Q");
        assertThat(scan.symbolSideCm()).isGreaterThanOrEqualTo(15.0).isCloseTo(PosterPdf.QR_SYMBOL_CM, within(0.3));
        assertThat(scan.pages()).isEqualTo(1);
        assertThat(scan.pageSize().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
        assertThat(scan.pageSize().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
    }

    @Test
    void printsNameAddressAndInstructionsWithTheirVietnameseLetters() throws Exception {
        byte[] pdf = POSTERS.render(new PosterPdf.Content("http://localhost:8080/v/7K3M9QX2T", "7K3M9QX2T",
                "Quán Phở Đức Ngọc", "Số 12 Lê Lợi, Phường Ba Đình, Thành phố Hà Nội"));

        String text = PosterScans.scan(pdf).text();

        assertThat(text).contains("Quán Phở Đức Ngọc", "Số 12 Lê Lợi, Phường Ba Đình, Thành phố Hà Nội",
                "QUÉT MÃ QR KHI VÀO VÀ KHI RA", "Scan this code when you enter and when you leave",
                "Mã địa điểm / Venue code: 7K3M9QX2T");
    }

    @Test
    void aLongNameIsCutAndCharactersTheFontLacksPrintAsQuestionMarks() throws Exception {
        String name = "Nhà hàng 餐厅 " + "Hương Sen ".repeat(30);
        byte[] pdf = POSTERS.render(new PosterPdf.Content("http://localhost:8080/v/7K3M9QX2T", "7K3M9QX2T", name,
                "Chợ Bến Thành, Phường Bến Thành, Thành phố Hồ Chí Minh"));

        PosterScans.Scan scan = PosterScans.scan(pdf);

        assertThat(scan.decoded()).isEqualTo("http://localhost:8080/v/7K3M9QX2T");
        assertThat(scan.text()).contains("Nhà hàng ?? Hương Sen", "…").doesNotContain("餐");
    }
}
