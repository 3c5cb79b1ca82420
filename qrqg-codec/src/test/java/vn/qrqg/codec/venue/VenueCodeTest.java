package vn.qrqg.codec.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;

class VenueCodeTest {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** Luhn mod N written out independently of the code under test, as Wikipedia states it. */
    private static char referenceCheck(String payload) {
        int sum = 0;
        boolean doubled = true; // the rightmost payload character is doubled
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = ALPHABET.indexOf(payload.charAt(i)) * (doubled ? 2 : 1);
            sum += addend / 32 + addend % 32;
            doubled = !doubled;
        }
        return ALPHABET.charAt((32 - sum % 32) % 32);
    }

    @Test
    void computesHandWorkedCheckCharacters() {
        assertThat(VenueCode.checkCharacter("00000000")).isEqualTo('0');
        assertThat(VenueCode.checkCharacter("00000001")).isEqualTo('Y'); // 1*2 = 2, 32 - 2 = 30 = Y
        assertThat(VenueCode.checkCharacter("00000010")).isEqualTo('Z'); // 1*1 = 1, 32 - 1 = 31 = Z
        assertThat(VenueCode.checkCharacter("0000000Z")).isEqualTo('1'); // 31*2 = 62 = 1*32 + 30, 1 + 30 = 31
        // H17*2=34→1+2, G16, F15*2=30, E14, D13*2=26, C12, B11*2=22, A10: sum 133, 133 % 32 = 5, 32 - 5 = 27 = V
        assertThat(VenueCode.checkCharacter("ABCDEFGH")).isEqualTo('V');
    }

    @Test
    void agreesWithTheReferenceImplementationOnManyPayloads() {
        for (int i = 0; i < 2_000; i++) {
            String payload = VenueCode.generate().value().substring(0, 8);
            assertThat(VenueCode.checkCharacter(payload)).as(payload).isEqualTo(referenceCheck(payload));
        }
    }

    @Test
    void generatesValidCodesThatDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            VenueCode code = VenueCode.generate();
            assertThat(code.value()).hasSize(9).matches("[" + ALPHABET + "]{9}");
            assertThat(VenueCode.parse(code.value())).isEqualTo(code);
            seen.add(code.value());
        }
        assertThat(seen).hasSize(1_000);
    }

    @Test
    void detectsEverySingleCharacterSubstitution() {
        for (String valid : new String[] {"ABCDEFGHV", "000000000", "ZZZZZZZZ" + referenceCheck("ZZZZZZZZ"),
                VenueCode.generate().value(), VenueCode.generate().value()}) {
            for (int position = 0; position < 9; position++) {
                for (char replacement : ALPHABET.toCharArray()) {
                    if (replacement == valid.charAt(position)) {
                        continue;
                    }
                    String typo = valid.substring(0, position) + replacement + valid.substring(position + 1);
                    assertThatThrownBy(() -> VenueCode.parse(typo)).as(typo)
                            .isInstanceOfSatisfying(QrFormatException.class, e -> {
                                assertThat(e.problem()).isEqualTo(FormatProblem.BAD_CHECK_DIGIT);
                                assertThat(e.position()).isEqualTo(8);
                            });
                }
            }
        }
    }

    @Test
    void acceptsLowerCaseAndCrockfordAliases() {
        String canonical = "0101ABCD" + referenceCheck("0101ABCD");
        String typed = "OlOiabcd" + Character.toLowerCase(canonical.charAt(8));
        assertThat(VenueCode.parse(typed).value()).isEqualTo(canonical);
        assertThat(VenueCode.parse("abcdefghv")).isEqualTo(new VenueCode("ABCDEFGHV"));
        assertThat(VenueCode.parse("ILOO0000" + referenceCheck("11000000")).value()).startsWith("1100");
    }

    @Test
    void keepsOnlyTheCanonicalFormInTheRecord() {
        assertThat(VenueCode.parse("abcdefghv").toString()).isEqualTo("ABCDEFGHV");
        assertProblem(() -> new VenueCode("abcdefghv"), FormatProblem.BAD_CHARACTER, 0);
    }

    @Test
    void rejectsAnEmptyVenueCode() {
        assertProblem(() -> VenueCode.parse(""), FormatProblem.EMPTY, 0);
    }

    @Test
    void rejectsVenueCodesOfTheWrongLengthPointingAtTheFirstExtraCharacterOrTheEnd() {
        assertProblem(() -> VenueCode.parse("ABCDEFGH"), FormatProblem.BAD_LENGTH, 8);
        assertProblem(() -> VenueCode.parse("ABCDEFGHV0"), FormatProblem.BAD_LENGTH, 9);
        assertProblem(() -> VenueCode.parse(" ABCDEFGHV"), FormatProblem.BAD_LENGTH, 9);
    }

    @Test
    void rejectsCharactersOutsideTheAlphabetWithTheirPosition() {
        assertProblem(() -> VenueCode.parse("ABCDUFGHV"), FormatProblem.BAD_CHARACTER, 4);
        assertProblem(() -> VenueCode.parse("ABCD-EFGH"), FormatProblem.BAD_CHARACTER, 4);
        assertProblem(() -> VenueCode.parse("ABCDEFGH "), FormatProblem.BAD_CHARACTER, 8);
        assertProblem(() -> VenueCode.parse("ÀBCDEFGHV"), FormatProblem.BAD_CHARACTER, 0);
    }

    @Test
    void countsPositionsInCodePoints() {
        assertProblem(() -> VenueCode.parse("A\uD83D\uDE00CDEFGHV"), FormatProblem.BAD_CHARACTER, 1);
        assertProblem(() -> VenueCode.parse("\uD83D\uDE00\uD83D\uDE00"), FormatProblem.BAD_LENGTH, 2);
    }

    @Test
    void rejectsVenueCodeWithWrongCheckCharacter() {
        assertProblem(() -> VenueCode.parse("ABCDEFGHW"), FormatProblem.BAD_CHECK_DIGIT, 8);
    }

    @Test
    void refusesToComputeACheckCharacterForAPayloadOfTheWrongLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> VenueCode.checkCharacter("ABC"));
        assertThatIllegalArgumentException().isThrownBy(() -> VenueCode.checkCharacter("ABCDEFGU"));
    }

    static void assertProblem(Runnable call, FormatProblem problem, int position) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(QrFormatException.class, e -> {
            assertThat(e.field()).isEqualTo(VenueCode.FIELD);
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.position()).isEqualTo(position);
        });
    }
}
