package vn.qrqg.scanning;

import java.text.Normalizer;

/**
 * The short name a venue scanner sees: the family name (the first word, Vietnamese order) in
 * full, then the first letter of every other word, upper case, with its diacritics, and a full
 * stop, separated by single spaces: {@code Nguyễn Thị Thuỷ Tiên} → {@code Nguyễn T. T. T.},
 * {@code Đỗ văn Ánh} → {@code Đỗ V. Á.}. A one-word name stays as it is.
 */
public final class ShortNames {

    private ShortNames() {
    }

    public static String of(String fullName) {
        // NFC, so that a letter and its marks are one code point, whatever form the registry holds
        String[] words = Normalizer.normalize(fullName, Normalizer.Form.NFC).strip().split("\\s+");
        StringBuilder shortName = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            shortName.append(' ').appendCodePoint(Character.toUpperCase(words[i].codePointAt(0))).append('.');
        }
        return shortName.toString();
    }
}
