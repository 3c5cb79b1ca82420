package vn.qrqg.codec.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

class QrImagesTest {

    /** Shaped like a full-form personal QR v1.1 with its 95-character signature. */
    static final String PERSONAL = "001093029317|NGUYEN LE KHA HAN|1987-01-18|1|162979388586171103|"
            + "271946330582216374<1<GD4790123456789<0912345678<"
            + "Kq3xY0aB.x7QmN2pL9vR4tW8yZ1cF6hJ3kS5dG0bV7nM2qX9wE4rT8uY1iO6pA3sD5fH0jK7lZ2xC9vB4nM8qW1eR6tY3uI5oP0aS7dF2gH9jK4l";

    @ParameterizedTest
    @EnumSource(QrMedium.class)
    void rendersAPngThatScannersReadBack(QrMedium medium) throws Exception {
        assertThat(PERSONAL.length()).isBetween(220, 240);

        Result result = QrDecoding.decode(QrImages.png(PERSONAL, medium, 4));

        assertThat(result.getText()).isEqualTo(PERSONAL);
        assertThat(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL))
                .isEqualTo(medium.errorCorrection().name());
    }

    @Test
    void usesMoreErrorCorrectionForPrintThanForScreens() throws Exception {
        Object screen = QrDecoding.decode(QrImages.png(PERSONAL, QrMedium.SCREEN, 3)).getResultMetadata()
                .get(ResultMetadataType.ERROR_CORRECTION_LEVEL);
        Object print = QrDecoding.decode(QrImages.personalPrintPng(PERSONAL)).getResultMetadata()
                .get(ResultMetadataType.ERROR_CORRECTION_LEVEL);

        assertThat(screen).isEqualTo("M");
        assertThat(print).isEqualTo("Q");
        assertThat(QrImages.moduleCount(PERSONAL, QrMedium.PRINT)).isGreaterThan(QrImages.moduleCount(PERSONAL, QrMedium.SCREEN));
    }

    @Test
    void roundTripsVietnameseTextAsUtf8() throws Exception {
        String text = "Nguyễn Lê Khả Hân — Số 1 Phố Huế, Hà Nội";
        assertThat(QrDecoding.decode(QrImages.png(text, QrMedium.SCREEN, 5)).getText()).isEqualTo(text);
    }

    @Test
    void drawsEachModuleAsAWholeNumberOfPixels() {
        int modules = QrImages.moduleCount(PERSONAL, QrMedium.SCREEN);
        BufferedImage image = QrDecoding.image(QrImages.png(PERSONAL, QrMedium.SCREEN, 3));

        assertThat(image.getWidth()).isEqualTo(modules * 3);
        assertThat(image.getHeight()).isEqualTo(modules * 3);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                // every pixel matches the top-left pixel of its module
                assertThat(QrDecoding.isBlack(image, x, y)).isEqualTo(QrDecoding.isBlack(image, x / 3 * 3, y / 3 * 3));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(QrMedium.class)
    void leavesAQuietZoneOfFourWhiteModules(QrMedium medium) {
        int pixels = 3;
        BufferedImage image = QrDecoding.image(QrImages.png(PERSONAL, medium, pixels));
        int side = image.getWidth();
        int border = QrImages.QUIET_ZONE_MODULES * pixels;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                boolean inBorder = x < border || y < border || x >= side - border || y >= side - border;
                if (inBorder) {
                    assertThat(QrDecoding.isBlack(image, x, y)).as("pixel %d,%d", x, y).isFalse();
                }
            }
        }
        // the finder pattern's corner starts right inside the quiet zone
        assertThat(QrDecoding.isBlack(image, border, border)).isTrue();
    }

    @Test
    void printsAPersonalQrAtLeastFiveCentimetresAtThreeHundredDpi() throws Exception {
        byte[] png = QrImages.personalPrintPng(PERSONAL);
        BufferedImage image = QrDecoding.image(png);
        int modules = QrImages.moduleCount(PERSONAL, QrMedium.PRINT);

        assertThat(image.getWidth()).isEqualTo(image.getHeight()).isGreaterThanOrEqualTo(591);
        assertThat(image.getWidth() % modules).isZero();
        // the smallest whole module size: one pixel less per module would be under 5 cm
        assertThat(image.getWidth() - modules).isLessThan(591);
        assertThat(QrDecoding.decode(png).getText()).isEqualTo(PERSONAL);
    }

    @Test
    void recordsThePrintResolutionInThePngSoPrintersKeepTheSize() throws Exception {
        Element phys = QrDecoding.physicalSize(QrImages.personalPrintPng(PERSONAL));

        assertThat(phys).isNotNull();
        assertThat(phys.getAttribute("unitSpecifier")).isEqualTo("meter");
        for (String axis : new String[] {"pixelsPerUnitXAxis", "pixelsPerUnitYAxis"}) {
            double dpi = Integer.parseInt(phys.getAttribute(axis)) * 0.0254;
            assertThat(Math.round(dpi)).isEqualTo(300);
        }
    }

    @Test
    void sizesAVenuePosterQrInCentimetres() throws Exception {
        String url = "https://qr.example.vn/v/ABCDEFGHV";
        byte[] png = QrImages.printPng(url, 15, 150);

        assertThat(QrDecoding.image(png).getWidth()).isGreaterThanOrEqualTo(886); // 15 cm / 2.54 * 150
        assertThat(Math.round(Integer.parseInt(QrDecoding.physicalSize(png).getAttribute("pixelsPerUnitXAxis")) * 0.0254))
                .isEqualTo(150);
        assertThat(QrDecoding.decode(png).getText()).isEqualTo(url);
    }

    @Test
    void roundsAnExactSizeNoFurtherThanNeeded() {
        String text = "x";
        int modules = QrImages.moduleCount(text, QrMedium.PRINT); // 21 + 8 = 29
        double exactCm = modules * 10 / 300.0 * 2.54; // 290 px at 300 dpi
        assertThat(QrDecoding.image(QrImages.printPng(text, exactCm, 300)).getWidth()).isEqualTo(modules * 10);
    }

    @Test
    void leavesScreenPngsWithoutAPrintResolution() throws Exception {
        assertThat(QrDecoding.physicalSize(QrImages.png("hello", QrMedium.SCREEN, 2))).isNull();
    }

    @Test
    void rejectsTextThatDoesNotFitInAQrCode() {
        String tooLong = "x".repeat(3_000);
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.png(tooLong, QrMedium.SCREEN, 1))
                .withMessageContaining("does not fit in a QR code");
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.svg(tooLong, QrMedium.PRINT))
                .withMessageContaining("does not fit in a QR code");
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.png("", QrMedium.SCREEN, 1))
                .withMessageContaining("empty");
    }

    @Test
    void rejectsImpossibleImageSizes() {
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.png("hello", QrMedium.SCREEN, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.png("hello", QrMedium.SCREEN, 1_000));
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.printPng("hello", 0, 300));
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.printPng("hello", Double.NaN, 300));
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.printPng("hello", 5, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> QrImages.printPng("hello", 500, 1_200));
    }
}
