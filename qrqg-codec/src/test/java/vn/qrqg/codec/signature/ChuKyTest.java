package vn.qrqg.codec.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;

class ChuKyTest {
    private static final String KID = "Kq3xY0aB";
    private static final byte[] SIGNATURE = new byte[64];

    static {
        for (int i = 0; i < SIGNATURE.length; i++) {
            SIGNATURE[i] = (byte) (i * 37 + 5);
        }
    }

    private static final String SIG = Base64.getUrlEncoder().withoutPadding().encodeToString(SIGNATURE);
    private static final String TEXT = KID + "." + SIG;

    @Test
    void parsesWhatItPrints() {
        ChuKy chuKy = ChuKy.parse(TEXT);

        assertThat(chuKy.keyId()).isEqualTo(KID);
        assertThat(chuKy.signature()).isEqualTo(SIGNATURE);
        assertThat(chuKy.toString()).isEqualTo(TEXT).hasSize(95);
        assertThat(chuKy).isEqualTo(ChuKy.of(KID, SIGNATURE)).hasSameHashCodeAs(ChuKy.of(KID, SIGNATURE.clone()));
    }

    @Test
    void cannotBeChangedThroughTheArraysItWasGivenOrGave() {
        byte[] given = SIGNATURE.clone();
        ChuKy chuKy = ChuKy.of(KID, given);

        given[0] ^= 1;
        chuKy.signature()[1] ^= 1;

        assertThat(chuKy.signature()).isEqualTo(SIGNATURE);
    }

    @Test
    void differsWhenOneSignatureByteDiffers() {
        byte[] other = SIGNATURE.clone();
        other[63] ^= 1;

        assertThat(ChuKy.of(KID, other)).isNotEqualTo(ChuKy.of(KID, SIGNATURE));
    }

    @Test
    void rejectsAnEmptyOrMissingText() {
        assertProblem(() -> ChuKy.parse(""), FormatProblem.EMPTY, 0);
        assertProblem(() -> ChuKy.parse(null), FormatProblem.EMPTY, 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "short key id                | BAD_LENGTH    | 0",
        "long key id                 | BAD_LENGTH    | 0",
        "standard base64 in key id   | BAD_CHARACTER | 3",
        "no dot                      | BAD_FORMAT    | 8",
        "no dot, short               | BAD_FORMAT    | 5",
        "second dot                  | BAD_CHARACTER | 40",
        "short signature             | BAD_LENGTH    | 9",
        "long signature              | BAD_LENGTH    | 9",
        "empty signature             | BAD_LENGTH    | 9",
        "padding                     | BAD_CHARACTER | 95",
        "space in signature          | BAD_CHARACTER | 50",
        "letter with diacritic       | BAD_CHARACTER | 20",
        "emoji                       | BAD_CHARACTER | 20",
        "trailing newline            | BAD_CHARACTER | 95",
        "non-canonical last char     | BAD_CHARACTER | 94",
    })
    void namesTheProblemAndItsPosition(String mutation, FormatProblem problem, int position) {
        String text = mutate(mutation.trim());

        assertProblem(() -> ChuKy.parse(text), problem, position);
    }

    private static String mutate(String mutation) {
        return switch (mutation) {
            case "short key id" -> KID.substring(1) + "." + SIG;
            case "long key id" -> KID + "A." + SIG;
            case "standard base64 in key id" -> "Kq3+Y0aB." + SIG;
            case "no dot" -> KID + SIG;
            case "no dot, short" -> "Kq3xY";
            case "second dot" -> TEXT.substring(0, 40) + "." + TEXT.substring(41);
            case "short signature" -> TEXT.substring(0, 94);
            case "long signature" -> TEXT + "A";
            case "empty signature" -> KID + ".";
            case "padding" -> TEXT + "==";
            case "space in signature" -> TEXT.substring(0, 50) + " " + TEXT.substring(51);
            case "letter with diacritic" -> TEXT.substring(0, 20) + "Đ" + TEXT.substring(21);
            case "emoji" -> TEXT.substring(0, 20) + "😀" + TEXT.substring(21);
            case "trailing newline" -> TEXT + "\n";
            case "non-canonical last char" -> TEXT.substring(0, 94) + nonCanonical(TEXT.charAt(94));
            default -> throw new IllegalArgumentException(mutation);
        };
    }

    /** The last of 86 characters carries 2 bits; setting one of its 4 unused bits spells the same bytes. */
    private static char nonCanonical(char last) {
        return last == 'A' ? 'B' : (char) (last + 1);
    }

    @Test
    void jdkDecoderWouldHaveAcceptedTheNonCanonicalSpelling() {
        String sneaky = TEXT.substring(0, 94) + nonCanonical(TEXT.charAt(94));

        assertThat(Base64.getUrlDecoder().decode(sneaky.substring(9))).isEqualTo(SIGNATURE);
    }

    @Test
    void rejectsBuildingFromAMalformedKeyIdOrSignature() {
        assertProblem(() -> ChuKy.of("short", SIGNATURE), FormatProblem.BAD_FORMAT, -1);
        assertProblem(() -> ChuKy.of(KID, new byte[72]), FormatProblem.BAD_LENGTH, -1);
        assertProblem(() -> ChuKy.of(KID, null), FormatProblem.BAD_LENGTH, -1);
    }

    private static void assertProblem(ThrowingCallable call, FormatProblem problem,
            int position) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(QrFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("ChuKy");
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.position()).isEqualTo(position);
                });
    }
}
