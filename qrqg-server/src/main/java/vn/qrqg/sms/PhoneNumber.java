package vn.qrqg.sms;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Vietnamese mobile number in its national form: 10 digits, {@code 0} and a mobile prefix
 * (3, 5, 7, 8 or 9), as FORMATS.md writes {@code SoDienThoai}. Personal data: {@link #toString}
 * shows only the first 4 digits, so that a number logged by mistake is masked.
 */
public record PhoneNumber(String value) {
    private static final Pattern NATIONAL = Pattern.compile("0[35789][0-9]{8}");
    /** What people write between digit groups. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");

    /** @throws IllegalArgumentException unless {@code value} is the national form; the message never repeats it */
    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        if (!NATIONAL.matcher(value).matches()) {
            throw new IllegalArgumentException("not a Vietnamese mobile number: 10 digits starting with 03, 05, 07, 08 or 09");
        }
    }

    /**
     * Reads a number as people write it: {@code 0912 345 678}, {@code 0912.345.678},
     * {@code +84912345678}, {@code 84912345678}.
     *
     * @return empty when it is no Vietnamese mobile number
     */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null || text.length() > 32) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(text).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return NATIONAL.matcher(digits).matches() ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
    }

    /** The international form, {@code +84912345678}, as SMS gateways take it. */
    public String e164() {
        return "+84" + value.substring(1);
    }

    /** The first 4 digits and {@code *} for the rest, as FORMATS.md masks a phone: {@code 0912******}. */
    public String masked() {
        return value.substring(0, 4) + "*".repeat(value.length() - 4);
    }

    /**
     * The first two and the last two digits, {@code *} between: {@code 09******78}, what a person
     * is shown of the number a code was sent to, enough to recognise their own phone.
     */
    public String hint() {
        return value.substring(0, 2) + "*".repeat(value.length() - 4) + value.substring(value.length() - 2);
    }

    @Override
    public String toString() {
        return "PhoneNumber[" + masked() + "]";
    }
}
