package vn.qrqg.issuance.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.qrqg.codec.image.QrMedium;
import vn.qrqg.codec.personal.QrForm;
import vn.qrqg.platform.web.InvalidFieldException;

class ImageOptionsTest {

    @Test
    void withoutParametersAnImageIsTheMaskedFormForAScreen() {
        assertThat(ImageOptions.parse(null, null)).isEqualTo(new ImageOptions(QrForm.MASKED, QrMedium.SCREEN));
    }

    @Test
    void theParametersAreReadWhateverTheirCase() {
        assertThat(ImageOptions.parse("full", "print")).isEqualTo(new ImageOptions(QrForm.FULL, QrMedium.PRINT));
        assertThat(ImageOptions.parse("FULL", "Screen")).isEqualTo(new ImageOptions(QrForm.FULL, QrMedium.SCREEN));
    }

    @Test
    void anUnknownValueNamesItsParameterAndTheChoices() {
        assertThatThrownBy(() -> ImageOptions.parse("partial", null)).isInstanceOf(InvalidFieldException.class)
                .hasMessage("form one of masked, full")
                .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("form"));
        assertThatThrownBy(() -> ImageOptions.parse(null, "poster")).isInstanceOf(InvalidFieldException.class)
                .hasMessage("medium one of screen, print");
    }

    @Test
    void theImageShowsTheChosenForm() {
        IssuedCitizenQr qr = new IssuedCitizenQr("q", new IssuedCitizenQr.Forms("MASKED TEXT", "FULL TEXT"), "kid",
                null, null, null);
        assertThat(ImageOptions.parse(null, null).text(qr)).isEqualTo("MASKED TEXT");
        assertThat(ImageOptions.parse("full", null).text(qr)).isEqualTo("FULL TEXT");
    }
}
