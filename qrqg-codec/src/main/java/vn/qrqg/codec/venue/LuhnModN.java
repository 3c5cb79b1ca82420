package vn.qrqg.codec.venue;

/**
 * The Luhn mod N check character over an alphabet of N characters: it detects every
 * single-character substitution and most swaps of adjacent characters, which is what a
 * person copying a code by hand gets wrong.
 */
final class LuhnModN {

    private final String alphabet;

    LuhnModN(String alphabet) {
        this.alphabet = alphabet;
    }

    /** The value of a character in the alphabet, or -1 when it is not in it. */
    int valueOf(int codePoint) {
        return codePoint > Character.MAX_VALUE ? -1 : alphabet.indexOf(codePoint);
    }

    /** The check character for a payload whose characters are all in the alphabet. */
    char checkCharacter(CharSequence payload) {
        int n = alphabet.length();
        int factor = 2; // the rightmost payload character is doubled, as in decimal Luhn
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int value = valueOf(payload.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + payload.charAt(i) + "' is not in the alphabet " + alphabet);
            }
            int addend = factor * value;
            sum += addend / n + addend % n; // the "digits" of the addend in base n
            factor = factor == 2 ? 1 : 2;
        }
        return alphabet.charAt((n - sum % n) % n);
    }
}
