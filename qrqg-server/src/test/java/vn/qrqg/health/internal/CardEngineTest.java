package vn.qrqg.health.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.health.CardColour;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.CovidTest;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.health.Recovery;
import vn.qrqg.health.TestResult;
import vn.qrqg.health.TestType;
import vn.qrqg.health.Vaccination;

/** The national default (Khánh Hòa's rules) at the exact boundaries of every branch, days in Vietnam time. */
class CardEngineTest {
    private static final LocalDate DOSE_DAY = LocalDate.of(2021, 9, 1);
    private static final RuleTimeline DEFAULT = RuleTimeline.always(HealthConfiguration.nationalDefault(), "the default");
    private final CardEngine engine = new CardEngine();

    @Test
    void twoDosesTurnGreenAtMidnightInVietnamFourteenDaysAfterTheSecond() {
        PersonHealthRecords records = records(List.of(dose(DOSE_DAY.minusDays(28), 1, "EU/1/21/1529"),
                dose(DOSE_DAY, 2, "EU/1/21/1529")), List.of(), List.of());
        CovidCard day13 = engine.evaluate(DEFAULT, records, vietnam("2021-09-14T23:59:59"));
        assertThat(day13.colour()).isEqualTo(CardColour.YELLOW); // the first dose is 41 days old
        assertThat(day13.validUntil()).isEqualTo(OffsetDateTime.parse("2021-09-14T23:59:59+07:00"));
        CovidCard day14 = engine.evaluate(DEFAULT, records, vietnam("2021-09-15T00:00:00"));
        assertThat(day14.colour()).isEqualTo(CardColour.GREEN);
        assertThat(day14.validUntil()).isNull();
        assertThat(day14.reason()).isEqualTo("the default, rule 1 (fully vaccinated): 2 doses, the last EU/1/21/1529 "
                + "on 2021-09-01, 14 days ago (14 or more needed)");
    }

    @Test
    void theReasonIsAlsoWrittenInVietnameseWithTheVaccineByName() {
        PersonHealthRecords records = records(List.of(dose(DOSE_DAY.minusDays(28), 1, "EU/1/21/1529"),
                dose(DOSE_DAY, 2, "EU/1/21/1529")), List.of(), List.of());
        RuleTimeline quangTri = RuleTimeline.always(HealthConfiguration.nationalDefault(),
                RuleTimeline.Whose.followsDefault("Tỉnh Quảng Trị"));
        CovidCard green = engine.evaluate(quangTri, records, vietnam("2021-09-15T08:00:00"));
        assertThat(green.reason()).startsWith("Tỉnh Quảng Trị follows the national default (Khánh Hòa's rules), rule 1 "
                + "(fully vaccinated): 2 doses, the last EU/1/21/1529 on 2021-09-01");
        assertThat(green.reasonVi()).isEqualTo("Tỉnh Quảng Trị áp dụng quy định chung toàn quốc (theo quy định của Khánh "
                + "Hòa), quy tắc 1 (đã tiêm đủ liều): 2 mũi, mũi gần nhất EU/1/21/1529 ngày 01/09/2021, cách đây 14 ngày "
                + "(cần từ 14 ngày)");
        CovidCard red = engine.evaluate(quangTri, records(List.of(), List.of(), List.of()), vietnam("2021-09-15T08:00:00"));
        assertThat(red.reasonVi()).isEqualTo("Tỉnh Quảng Trị áp dụng quy định chung toàn quốc (theo quy định của Khánh "
                + "Hòa), quy tắc 6 (những người khác): áp dụng cho mọi người; hồ sơ: chưa tiêm mũi nào; chưa có giấy khỏi "
                + "bệnh; chưa xét nghiệm");
        CovidCard none = engine.evaluate(RuleTimeline.always(RuleSet.NONE, RuleTimeline.Whose.ownVersion("Tỉnh Cà Mau", 2)),
                records, vietnam("2021-09-15T08:00:00"));
        assertThat(none.reasonVi()).isEqualTo("quy định của Tỉnh Cà Mau, phiên bản 2: tỉnh, thành phố này không dùng thẻ COVID");
        assertThat(none.reason()).isEqualTo("the rules of Tỉnh Cà Mau, version 2: this province has no COVID card rules");
    }

    @Test
    void oneDoseOfJanssenIsCompleteAfterFourteenDays() {
        PersonHealthRecords records = records(List.of(janssen(DOSE_DAY)), List.of(), List.of());
        CovidCard day13 = engine.evaluate(DEFAULT, records, vietnam("2021-09-14T12:00:00"));
        assertThat(day13.colour()).isEqualTo(CardColour.RED);
        assertThat(day13.validUntil()).isEqualTo(OffsetDateTime.parse("2021-09-14T23:59:59+07:00"));
        CovidCard day14 = engine.evaluate(DEFAULT, records, vietnam("2021-09-15T00:00:00"));
        assertThat(day14.colour()).isEqualTo(CardColour.GREEN);
        assertThat(day14.reason()).contains("1 dose (single-dose vaccine), the last EU/1/20/1525 on 2021-09-01");
    }

    @Test
    void aFirstDoseTurnsYellowAfterFourteenDays() {
        PersonHealthRecords records = records(List.of(dose(DOSE_DAY, 1, "EU/1/20/1528")), List.of(), List.of());
        assertThat(engine.evaluate(DEFAULT, records, vietnam("2021-09-14T23:59:59")).colour()).isEqualTo(CardColour.RED);
        CovidCard day14 = engine.evaluate(DEFAULT, records, vietnam("2021-09-15T00:00:00"));
        assertThat(day14.colour()).isEqualTo(CardColour.YELLOW);
        assertThat(day14.reason()).contains("rule 4 (first dose): 1 dose, the last EU/1/20/1528 on 2021-09-01");
    }

    @Test
    void twoRecordsOfOneDayAreOneDose() {
        PersonHealthRecords records = records(List.of(dose(DOSE_DAY, 1, "EU/1/20/1528"), dose(DOSE_DAY, 2, "EU/1/20/1528")),
                List.of(), List.of());
        assertThat(engine.evaluate(DEFAULT, records, vietnam("2021-10-30T00:00:00")).colour())
                .isEqualTo(CardColour.YELLOW);
    }

    @Test
    void aRecoveryStaysGreenThroughItsHundredAndEightiethDay() {
        // recovered 2021-09-01 at 23:30 in Vietnam, which is still 1 September there, not in UTC
        PersonHealthRecords records = records(List.of(), List.of(), List.of(recovery(vietnam("2021-09-01T23:30:00"))));
        CovidCard day180 = engine.evaluate(DEFAULT, records, vietnam("2022-02-28T23:59:59"));
        assertThat(day180.colour()).isEqualTo(CardColour.GREEN);
        assertThat(day180.validUntil()).isEqualTo(OffsetDateTime.parse("2022-02-28T23:59:59+07:00"));
        assertThat(day180.reason()).contains("rule 2 (recovered): recovered on 2021-09-01, 180 days ago (within 180)");
        assertThat(engine.evaluate(DEFAULT, records, vietnam("2022-03-01T00:00:00")).colour()).isEqualTo(CardColour.RED);
    }

    @Test
    void aNegativePcrTestHoldsSeventyTwoHoursToTheInstant() {
        Instant sampled = vietnam("2021-09-01T08:30:00");
        PersonHealthRecords records = records(List.of(), List.of(test(TestType.PCR, sampled, TestResult.NEGATIVE)), List.of());
        CovidCard at72 = engine.evaluate(DEFAULT, records, sampled.plus(Duration.ofHours(72)));
        assertThat(at72.colour()).isEqualTo(CardColour.YELLOW);
        assertThat(at72.validUntil()).isEqualTo(OffsetDateTime.parse("2021-09-04T08:30:00+07:00"));
        assertThat(at72.reason()).contains("negative PCR test sampled 2021-09-01 08:30, 72 hours ago (within 72)");
        assertThat(engine.evaluate(DEFAULT, records, sampled.plus(Duration.ofHours(72)).plusSeconds(1)).colour())
                .isEqualTo(CardColour.RED);
        assertThat(engine.evaluate(DEFAULT, records, sampled.plus(Duration.ofHours(73))).colour()).isEqualTo(CardColour.RED);
        assertThat(engine.evaluate(DEFAULT, records, sampled.minusSeconds(1)).colour()).isEqualTo(CardColour.RED);
    }

    @Test
    void rapidAntigenAndPositiveTestsDoNotCount() {
        Instant sampled = vietnam("2021-09-01T08:30:00");
        PersonHealthRecords records = records(List.of(), List.of(test(TestType.RAPID_ANTIGEN, sampled, TestResult.NEGATIVE),
                test(TestType.PCR, sampled.plusSeconds(60), TestResult.POSITIVE)), List.of());
        CovidCard card = engine.evaluate(DEFAULT, records, sampled.plus(Duration.ofHours(1)));
        assertThat(card.colour()).isEqualTo(CardColour.RED);
        assertThat(card.validUntil()).isNull();
        assertThat(card.reason()).isEqualTo("the default, rule 6 (everyone else): applies to everyone; records: no dose; "
                + "no recovery; last test: positive PCR test sampled 2021-09-01 08:31, 0 hours ago");
    }

    @Test
    void validUntilIsWhenTheColourFirstChangesNotWhenARuleDoes() {
        // yellow by a test until the second dose ages into green: one change, to green
        Instant sampled = vietnam("2021-09-13T10:00:00");
        PersonHealthRecords records = records(List.of(dose(DOSE_DAY.minusDays(60), 1, "EU/1/20/1528"),
                dose(DOSE_DAY, 2, "EU/1/20/1528")), List.of(test(TestType.PCR, sampled, TestResult.NEGATIVE)), List.of());
        CovidCard card = engine.evaluate(DEFAULT, records, vietnam("2021-09-14T09:00:00"));
        assertThat(card.colour()).isEqualTo(CardColour.YELLOW);
        assertThat(card.validUntil()).isEqualTo(OffsetDateTime.parse("2021-09-14T23:59:59+07:00"));
    }

    @Test
    void aProvinceWithoutRulesIsNeutralForEveryone() {
        RuleTimeline none = RuleTimeline.always(RuleSet.NONE, "the rules of Tỉnh Cà Mau, version 1");
        PersonHealthRecords records = records(List.of(janssen(DOSE_DAY)), List.of(), List.of());
        CovidCard card = engine.evaluate(none, records, vietnam("2021-12-01T00:00:00"));
        assertThat(card.colour()).isEqualTo(CardColour.NEUTRAL);
        assertThat(card.validUntil()).isNull();
        assertThat(card.reason()).isEqualTo("the rules of Tỉnh Cà Mau, version 1: this province has no COVID card rules");
    }

    @Test
    void scheduledRulesEndTheColourWhenTheyWouldChangeIt() {
        Instant switchAt = vietnam("2021-10-01T00:00:00");
        RuleTimeline timeline = new RuleTimeline() {
            @Override
            public InForce at(Instant at) {
                return at.isBefore(switchAt) ? new InForce(HealthConfiguration.nationalDefault(), "the default")
                        : new InForce(RuleSet.NONE, "none");
            }

            @Override
            public java.util.Optional<Instant> nextChangeAfter(Instant at) {
                return at.isBefore(switchAt) ? java.util.Optional.of(switchAt) : java.util.Optional.empty();
            }
        };
        CovidCard card = engine.evaluate(timeline, PersonHealthRecords.NONE, vietnam("2021-09-20T00:00:00"));
        assertThat(card.colour()).isEqualTo(CardColour.RED);
        assertThat(card.validUntil()).isEqualTo(OffsetDateTime.parse("2021-09-30T23:59:59+07:00"));
    }

    @Test
    void recordsAfterTheInstantDoNotCountYet() {
        PersonHealthRecords records = records(List.of(dose(DOSE_DAY, 1, "EU/1/20/1528"), dose(DOSE_DAY.plusDays(30), 2,
                "EU/1/20/1528")), List.of(), List.of());
        CovidCard card = engine.evaluate(DEFAULT, records, vietnam("2021-09-20T00:00:00"));
        assertThat(card.colour()).isEqualTo(CardColour.YELLOW);
        assertThat(card.reason()).contains("1 dose, the last EU/1/20/1528 on 2021-09-01");
        assertThat(card.validUntil()).isEqualTo(OffsetDateTime.parse("2021-10-14T23:59:59+07:00"));
    }

    @Test
    void aThreeYearOldWithoutAnyDoseIsGreenByTheAgeRuleUntilTheir12thBirthday() {
        BirthDate born = BirthDate.parse("2018-06-15");
        CovidCard card = engine.evaluate(DEFAULT, PersonHealthRecords.NONE, born, List::of, vietnam("2021-09-20T10:00:00"));
        assertThat(card.colour()).isEqualTo(CardColour.GREEN);
        assertThat(card.reason()).isEqualTo("the default, rule 3 (under 12: not eligible for vaccination, follows the "
                + "adults with them): 3 years old (under 12)");
        assertThat(card.validUntil()).isEqualTo(OffsetDateTime.parse("2030-06-14T23:59:59+07:00"));
    }

    @Test
    void theAgeRuleEndsAtMidnightInVietnamOnThe12thBirthday() {
        BirthDate born = BirthDate.parse("2009-09-15");
        assertThat(engine.evaluate(DEFAULT, PersonHealthRecords.NONE, born, List::of, vietnam("2021-09-14T23:59:59"))
                .colour()).isEqualTo(CardColour.GREEN);
        CovidCard twelve = engine.evaluate(DEFAULT, PersonHealthRecords.NONE, born, List::of, vietnam("2021-09-15T00:00:00"));
        assertThat(twelve.colour()).isEqualTo(CardColour.RED);
        assertThat(twelve.reason()).contains("rule 6 (everyone else)");
    }

    @Test
    void aChildWithOneDoseIsNotYellowerThanOneWithNone() {
        BirthDate born = BirthDate.parse("2014-01-01");
        PersonHealthRecords oneDose = records(List.of(dose(DOSE_DAY, 1, "EU/1/20/1528")), List.of(), List.of());
        assertThat(engine.evaluate(DEFAULT, oneDose, born, List::of, vietnam("2021-10-01T00:00:00")).colour())
                .isEqualTo(CardColour.GREEN);
    }

    @Test
    void aBirthYearAloneCountsFromItsFirstDaySoTheExemptionEndsWithTheYearTheyTurn12() {
        BirthDate yearOnly = BirthDate.parse("2010-00-00");
        assertThat(engine.evaluate(DEFAULT, PersonHealthRecords.NONE, yearOnly, List::of, vietnam("2021-12-31T23:59:59"))
                .colour()).isEqualTo(CardColour.GREEN);
        assertThat(engine.evaluate(DEFAULT, PersonHealthRecords.NONE, yearOnly, List::of, vietnam("2022-01-01T00:00:00"))
                .colour()).isEqualTo(CardColour.RED);
    }

    @Test
    void anUnknownAgeIsUnderNone() {
        assertThat(engine.evaluate(DEFAULT, PersonHealthRecords.NONE, vietnam("2021-09-20T00:00:00")).colour())
                .isEqualTo(CardColour.RED);
    }

    static Instant vietnam(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
    }

    static PersonHealthRecords records(List<Vaccination> doses, List<CovidTest> tests, List<Recovery> recoveries) {
        return new PersonHealthRecords(doses, tests, recoveries);
    }

    static Vaccination dose(LocalDate date, int number, String product) {
        return new Vaccination(date, number, product, product, "maker", false, null, null);
    }

    static Vaccination janssen(LocalDate date) {
        return new Vaccination(date, 1, "EU/1/20/1525", "Janssen", "Janssen-Cilag", true, null, null);
    }

    static CovidTest test(TestType type, Instant sampledAt, TestResult result) {
        return new CovidTest(type, VietnamTime.of(sampledAt), result, null);
    }

    static Recovery recovery(Instant recoveredAt) {
        return new Recovery(VietnamTime.of(recoveredAt.minus(Duration.ofDays(14))), VietnamTime.of(recoveredAt), null);
    }
}
