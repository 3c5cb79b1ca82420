package vn.qrqg.codec.personal;

import java.text.Normalizer;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;

/**
 * Turns a declared Vietnamese name into the form {@code HoTen} requires: upper case, every
 * tone and vowel mark removed, {@code Đ}/{@code đ} as {@code D}, one space between words.
 * Composed and decomposed Unicode input give the same result; so does any run of spaces.
 */
public final class VietnameseNames {

    public static final String FIELD = "HoTen";

    private VietnameseNames() {
    }

    /**
     * @throws QrFormatException ({@link FormatProblem#BAD_CHARACTER}) at the code-point position of
     *         a character that is not a letter, or {@link FormatProblem#EMPTY} for a blank name
     */
    public static String normalise(String name) {
        StringBuilder out = new StringBuilder(name.length());
        int position = 0;
        for (int i = 0; i < name.length(); position++) {
            int codePoint = name.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            if (!appendBaseLetters(codePoint, out)) {
                throw new QrFormatException(FIELD, FormatProblem.BAD_CHARACTER, position,
                        "'" + Character.toString(codePoint) + "' is not a letter of a Vietnamese name");
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        if (out.isEmpty()) {
            throw new QrFormatException(FIELD, FormatProblem.EMPTY, 0, "the name is empty");
        }
        return out.toString();
    }

    /** True when two names are the same person's name up to case, marks and spacing. */
    public static boolean sameName(String a, String b) {
        try {
            return normalise(a).equals(normalise(b));
        } catch (QrFormatException e) {
            return false;
        }
    }

    /** Appends the upper-case base letter(s) of one code point; false when it is no letter. */
    private static boolean appendBaseLetters(int codePoint, StringBuilder out) {
        if (codePoint >= 'A' && codePoint <= 'Z') {
            out.append((char) codePoint);
            return true;
        }
        if (codePoint >= 'a' && codePoint <= 'z') {
            out.append((char) (codePoint - 'a' + 'A'));
            return true;
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
            // decomposed input: a tone or vowel mark after its letter; a mark with no letter before it is an error
            return !out.isEmpty() && out.charAt(out.length() - 1) != ' ';
        }
        // Đ/đ do not decompose; Ð/ð (eth) are the look-alikes keyboards often produce instead
        if (codePoint == 'Đ' || codePoint == 'đ' || codePoint == 'Ð' || codePoint == 'ð') {
            out.append('D');
            return true;
        }
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
        char base = decomposed.charAt(0);
        if (base >= 'a' && base <= 'z') {
            base = (char) (base - 'a' + 'A');
        }
        if (base < 'A' || base > 'Z') {
            return false;
        }
        for (int i = 1; i < decomposed.length(); i++) {
            if (Character.getType(decomposed.charAt(i)) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        out.append(base);
        return true;
    }
}
