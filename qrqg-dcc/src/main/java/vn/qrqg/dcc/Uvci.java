package vn.qrqg.dcc;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The unique vaccination certificate identifier as Vietnam issues it:
 * {@code URN:UVCI:01:VN:<opaque>#<check>}. The check character is Luhn mod N over the alphabet
 * {@code A–Z 0–9 / :} of the whole identifier before the {@code #}, prefix included, as the eHealth
 * Network's UVCI guideline and its reference implementation compute it.
 */
public final class Uvci {
    public static final String VN_PREFIX = "URN:UVCI:01:VN:";
    /** The schema's limit on {@code ci}. */
    public static final int MAX_LENGTH = 80;
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/:";
    private static final Pattern OPAQUE = Pattern.compile("[A-Z0-9]+(?:[/:][A-Z0-9]+)*");

    private Uvci() {
    }

    /**
     * {@code URN:UVCI:01:VN:<opaque>#<check>}.
     *
     * @param opaque the issuer's own part: upper-case letters and digits, optionally in blocks separated by / or :
     * @throws IllegalArgumentException for anything else, or a result longer than {@link #MAX_LENGTH}
     */
    public static String build(String opaque) {
        if (opaque == null || !OPAQUE.matcher(opaque).matches()) {
            throw new IllegalArgumentException("a UVCI's opaque part is upper-case letters and digits in blocks separated "
                    + "by / or :, not '" + opaque + "'");
        }
        String body = VN_PREFIX + opaque;
        if (body.length() + 2 > MAX_LENGTH) {
            throw new IllegalArgumentException("the UVCI would be longer than " + MAX_LENGTH + " characters");
        }
        return body + "#" + checkCharacter(body);
    }

    /** Empty when {@code uvci} is a well-formed Vietnamese UVCI with the right check character; otherwise why not. */
    public static Optional<String> problem(String uvci) {
        if (uvci == null || !uvci.startsWith(VN_PREFIX)) {
            return Optional.of("does not start with " + VN_PREFIX);
        }
        if (uvci.length() > MAX_LENGTH) {
            return Optional.of("longer than " + MAX_LENGTH + " characters");
        }
        int hash = uvci.lastIndexOf('#');
        if (hash < 0 || hash != uvci.length() - 2) {
            return Optional.of("does not end with '#' and one check character");
        }
        String body = uvci.substring(0, hash);
        if (!OPAQUE.matcher(body.substring(VN_PREFIX.length())).matches()) {
            return Optional.of("its opaque part is not upper-case letters and digits in blocks separated by / or :");
        }
        char expected = checkCharacter(body);
        char given = uvci.charAt(uvci.length() - 1);
        return given == expected ? Optional.empty()
                : Optional.of("check character '" + given + "' should be '" + expected + "'");
    }

    public static boolean isValid(String uvci) {
        return problem(uvci).isEmpty();
    }

    /** Luhn mod 38 check character of {@code body}, whose characters must all be in the alphabet. */
    static char checkCharacter(String body) {
        int n = ALPHABET.length();
        int factor = 2; // the rightmost character is doubled: the check character will stand right of it
        int sum = 0;
        for (int i = body.length() - 1; i >= 0; i--) {
            int value = ALPHABET.indexOf(body.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + body.charAt(i) + "' cannot be in a UVCI");
            }
            int addend = factor * value;
            sum += addend / n + addend % n;
            factor = factor == 2 ? 1 : 2;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }
}
