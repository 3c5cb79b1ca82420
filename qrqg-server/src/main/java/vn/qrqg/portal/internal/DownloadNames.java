package vn.qrqg.portal.internal;

import java.text.Normalizer;
import java.util.Locale;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.scanning.ShortNames;

/**
 * What a citizen's downloads are called: {@code qrqg-nguyen-t-m-masked.png} and
 * {@code qrqg-nguyen-t-m-masked-card.pdf}, the person's short name (as the QR and the people list
 * write it) and the form, so that a family's files do not overwrite one another. The citizen page
 * names its download links alike ({@code citizen/qr-panel.js}): the header and the link's
 * {@code download} attribute agree.
 */
final class DownloadNames {
    private DownloadNames() {
    }

    static String qrPng(String maskedQr, String form) {
        return base(maskedQr, form) + ".png";
    }

    static String cardPdf(String maskedQr, String form) {
        return base(maskedQr, form) + "-card.pdf";
    }

    private static String base(String maskedQr, String form) {
        return "qrqg-" + slug(ShortNames.of(PersonalQr.parse(maskedQr).fullName())) + "-" + form;
    }

    /** "NGUYỄN T. M." → "nguyen-t-m": lower case ASCII letters and digits, words joined by '-'. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "person" : slug;
    }
}
