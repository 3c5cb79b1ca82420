package vn.qrqg.venues.internal;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import vn.qrqg.platform.web.FieldErrors;

/**
 * The texts a venue's poster prints (names, an address), made one form before they are checked:
 * Unicode NFC (so that "ễ" typed as e + two combining marks is one character, as the poster
 * prints it), runs of spaces made one, stripped. Whether one is required is said on the request
 * record; a field that failed that already is not checked again.
 */
final class VenueTexts {
    /** Control characters, and the Unicode "other" classes that print nothing or break lines. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Scripts whose letters pass for one another's (Latin a, Cyrillic а, Greek α). */
    private static final Set<Character.UnicodeScript> LOOK_ALIKE_SCRIPTS = EnumSet.of(
            Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK);

    private VenueTexts() {
    }

    /** The text in its one form, of at most {@code max} characters; null when absent or rejected. */
    static String text(FieldErrors errors, String field, String value, int max) {
        if (value == null || value.isBlank() || errors.failed(field)) {
            return null;
        }
        String text = SPACES.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll(" ").strip();
        if (UNPRINTABLE.matcher(text).find()) {
            return errors.fail(field, "must not contain control or invisible characters");
        }
        if (text.codePointCount(0, text.length()) > max) {
            return errors.fail(field, "must have at most " + max + " characters");
        }
        return text;
    }

    /**
     * The text itself, unless it mixes Latin letters with Cyrillic or Greek ones (or those two
     * with each other): "Рhở" with a Cyrillic Р reads as "Phở" on a poster yet is another name,
     * the trick of a look-alike venue. Vietnamese, Latin with its diacritics (combining marks
     * belong to no script), passes; so does a name wholly in Cyrillic or Greek.
     */
    static String oneScript(FieldErrors errors, String field, String text) {
        if (text == null) {
            return null;
        }
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .filter(LOOK_ALIKE_SCRIPTS::contains).forEach(scripts::add);
        return scripts.size() > 1 ? errors.fail(field, "must not mix Latin letters with Cyrillic or Greek look-alikes")
                : text;
    }
}
