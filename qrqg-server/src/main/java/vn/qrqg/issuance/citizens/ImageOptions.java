package vn.qrqg.issuance.citizens;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.qrqg.codec.image.QrImages;
import vn.qrqg.codec.image.QrMedium;
import vn.qrqg.codec.personal.QrForm;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * What {@code ?form=} and {@code ?medium=} of a QR image ask for, and the image itself.
 *
 * @param form {@code masked} (default) or {@code full}
 * @param medium {@code screen} (default: error correction M, 8 pixels a module) or {@code print}
 *        (error correction Q, at least 5 × 5 cm at 300 dpi, recorded in the PNG)
 */
record ImageOptions(QrForm form, QrMedium medium) {
    /** About 600 pixels for a personal QR: sharp on a phone, small to send. */
    static final int SCREEN_MODULE_PIXELS = 8;

    /** @throws InvalidFieldException naming {@code form} or {@code medium} */
    static ImageOptions parse(String form, String medium) {
        return new ImageOptions(choice(QrForm.class, "form", form == null ? "masked" : form),
                choice(QrMedium.class, "medium", medium == null ? "screen" : medium));
    }

    String text(IssuedCitizenQr qr) {
        return form == QrForm.FULL ? qr.qr().full() : qr.qr().masked();
    }

    /** What the image shows of the person, as the audit names it. */
    List<String> fields() {
        return List.of(form == QrForm.FULL ? "qr.full" : "qr.masked");
    }

    byte[] png(IssuedCitizenQr qr) {
        return medium == QrMedium.PRINT ? QrImages.personalPrintPng(text(qr))
                : QrImages.png(text(qr), QrMedium.SCREEN, SCREEN_MODULE_PIXELS);
    }

    String svg(IssuedCitizenQr qr) {
        return QrImages.svg(text(qr), medium);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new InvalidFieldException(field, "one of " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
