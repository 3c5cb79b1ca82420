package vn.qrqg.codec.cccd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;

/** Valid cards and the checks that accept them; {@link CccdCardRejectionTest} has one test per rule broken. */
class CccdCardTest {

    /** 2025-06-01 18:00 UTC: already 2 June in Vietnam. */
    static final CccdCardParser PARSER = new CccdCardParser(Clock.fixed(Instant.parse("2025-06-01T18:00:00Z"), ZoneOffset.UTC));

    /** The example of FORMATS.md's neighbourhood with the gender digit made female (1), so it is consistent. */
    static final String FEMALE_CARD =
            "001193029317|123456789|Nguyễn Lê Khả Hân|18011993|Nữ|Số 1 Phố Huế, Phường Hai Bà Trưng, Hà Nội|15072021";
    static final String MALE_CARD = "079090001234||Trần Văn An|02031990|Nam|12 Lê Lợi, Quận 1, TP Hồ Chí Minh|10052022";

    @Test
    void readsEveryFieldOfAChipCardQr() {
        CccdCard card = PARSER.parse(FEMALE_CARD);

        assertThat(card.cccdNumber()).isEqualTo("001193029317");
        assertThat(card.oldCmndNumber()).isEqualTo("123456789");
        assertThat(card.fullName()).isEqualTo("Nguyễn Lê Khả Hân");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1993, 1, 18));
        assertThat(card.gender()).isEqualTo(Gender.FEMALE);
        assertThat(card.address()).isEqualTo("Số 1 Phố Huế, Phường Hai Bà Trưng, Hà Nội");
        assertThat(card.issueDate()).isEqualTo(LocalDate.of(2021, 7, 15));
    }

    @Test
    void readsAMaleCardWithoutAnOldCmndNumber() {
        CccdCard card = PARSER.parse(MALE_CARD);

        assertThat(card.oldCmndNumber()).isEmpty();
        assertThat(card.gender()).isEqualTo(Gender.MALE);
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1990, 3, 2));
    }

    @Test
    void readsAPersonBornInThe2000sOnALeapDay() {
        CccdCard card = PARSER.parse("001304012345||Lê Thị Mai|29022004|Nữ|Hà Nội|29022020");

        assertThat(card.birthDate()).isEqualTo(LocalDate.of(2004, 2, 29));
        assertThat(card.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void normalisesADecomposedNameAndGenderToComposedForm() {
        String decomposed = Normalizer.normalize(FEMALE_CARD, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(FEMALE_CARD);

        CccdCard card = PARSER.parse(decomposed);

        assertThat(card).isEqualTo(PARSER.parse(FEMALE_CARD));
        assertThat(card.fullName()).isEqualTo("Nguyễn Lê Khả Hân");
        assertThat(Normalizer.isNormalized(card.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(card.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void acceptsNamesInAnyScript() {
        assertThat(PARSER.parse(MALE_CARD.replace("Trần Văn An", "Ðoàn Ánh Tuyết Ĕ Ωμέγα")).fullName())
                .isEqualTo("Ðoàn Ánh Tuyết Ĕ Ωμέγα");
    }

    @Test
    void acceptsACardIssuedTodayInVietnamWhileItIsStillYesterdayInUtc() {
        assertThat(PARSER.parse(MALE_CARD.replace("10052022", "02062025")).issueDate()).isEqualTo(LocalDate.of(2025, 6, 2));
    }

    @Test
    void acceptsACardIssuedOnTheDayOfBirth() {
        assertThat(PARSER.parse(MALE_CARD.replace("10052022", "02031990")).issueDate()).isEqualTo(LocalDate.of(1990, 3, 2));
    }

    @Test
    void parsesWithTheSystemClockThroughTheRecord() {
        assertThat(CccdCard.parse(FEMALE_CARD)).isEqualTo(PARSER.parse(FEMALE_CARD));
    }

    @Test
    void throwsOnlyItsOwnErrorWithAPositionInsideTheTextForAnyMutation() {
        String alphabet = "|0 9aÂ\u0303\t\uD83D\uDE00-";
        for (String card : new String[] {FEMALE_CARD, MALE_CARD}) {
            int length = card.length();
            for (int i = 0; i <= length; i++) {
                mustParseOrExplain(card.substring(0, i) + card.substring(Math.min(length, i + 1)));
                for (int j = 0; j < alphabet.length(); j++) {
                    mustParseOrExplain(card.substring(0, i) + alphabet.charAt(j) + card.substring(i));
                }
            }
        }
    }

    private static void mustParseOrExplain(String text) {
        try {
            PARSER.parse(text);
        } catch (QrFormatException e) {
            assertThat(e.position()).as(text).isBetween(0, text.codePointCount(0, text.length()));
            assertThat(e.problem()).as(text).isNotNull();
        } catch (RuntimeException e) {
            throw new AssertionError("'" + text + "' made the parser throw " + e, e);
        }
    }

    @Test
    void namesAWrongFieldCountAfterTheWholeText() {
        assertThatThrownBy(() -> PARSER.parse("")).isInstanceOfSatisfying(QrFormatException.class, e -> {
            assertThat(e.field()).isEqualTo(CccdCardParser.WHOLE_TEXT);
            assertThat(e.problem()).isEqualTo(FormatProblem.WRONG_FIELD_COUNT);
            assertThat(e.position()).isZero();
        });
    }
}
