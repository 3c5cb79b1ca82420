package vn.qrqg.venues.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.qrqg.platform.web.InvalidRequest.FieldError;
import vn.qrqg.sms.PhoneNumber;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * Checks request fields one by one and collects what is wrong with each, so that one 400 names
 * every bad field. Messages never repeat a value.
 */
final class FieldChecks {
    /** Control characters, and the Unicode "other" classes that print nothing or break lines. */
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Zl}\\p{Zp}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Scripts whose letters pass for one another's (Latin a, Cyrillic а, Greek α). */
    private static final Set<Character.UnicodeScript> LOOK_ALIKE_SCRIPTS = EnumSet.of(
            Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK);

    private final List<FieldError> errors = new ArrayList<>();

    /**
     * A required text of at most {@code max} characters: Unicode NFC (so that "ễ" typed as e +
     * two combining marks is one character, as the poster prints it), runs of spaces made one,
     * stripped, no control characters. Null when it is not acceptable.
     */
    String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return fail(field, "is required");
        }
        String text = SPACES.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll(" ").strip();
        if (UNPRINTABLE.matcher(text).find()) {
            return fail(field, "must not contain control or invisible characters");
        }
        if (text.codePointCount(0, text.length()) > max) {
            return fail(field, "must have at most " + max + " characters");
        }
        return text;
    }

    /**
     * The text itself, unless it mixes Latin letters with Cyrillic or Greek ones (or those two
     * with each other): "Рhở" with a Cyrillic Р reads as "Phở" on a poster yet is another name,
     * the trick of a look-alike venue. Vietnamese, Latin with its diacritics (combining marks
     * belong to no script), passes; so does a name wholly in Cyrillic or Greek.
     */
    String oneScript(String field, String text) {
        if (text == null) {
            return null;
        }
        Set<Character.UnicodeScript> scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        text.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .filter(LOOK_ALIKE_SCRIPTS::contains).forEach(scripts::add);
        return scripts.size() > 1 ? fail(field, "must not mix Latin letters with Cyrillic or Greek look-alikes") : text;
    }

    /** A Vietnamese mobile number; null when it is not one. */
    PhoneNumber phone(String field, String value) {
        if (value == null || value.isBlank()) {
            return fail(field, "is required");
        }
        Optional<PhoneNumber> phone = PhoneNumber.parse(value);
        return phone.isPresent() ? phone.get()
                : fail(field, "is not a Vietnamese mobile number (10 digits starting with 03, 05, 07, 08 or 09, or +84…)");
    }

    /** Records an error; returns null so that callers can write {@code return fail(…)}. */
    <T> T fail(String field, String message) {
        errors.add(new FieldError(field, message));
        return null;
    }

    boolean failed(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    /** @throws InvalidFieldException naming every field that failed, if any did */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }
}
