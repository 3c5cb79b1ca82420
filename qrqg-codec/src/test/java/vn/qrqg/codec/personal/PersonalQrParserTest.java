package vn.qrqg.codec.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.document.DocumentNumber;

class PersonalQrParserTest {

    /** A well-formed ChuKy: the parser checks its shape, not whether it verifies. */
    static final String CHU_KY = "AAAAAAAA." + "A".repeat(86);
    static final Qid QID = Qid.parse("162979388586171104", "QID");
    static final Qid DECLARER = Qid.parse("799273987100000004", "QID");

    static PersonalQrContent person() {
        return PersonalQrContent.of(DocumentNumber.parse("001193029317"), "Nguyễn Lê Khả Hân",
                BirthDate.parse("1993-01-18"), QID, null, Gender.FEMALE, "DN4017915019812", "0912345678");
    }

    static String full() {
        return person().unsignedText(QrForm.FULL) + CHU_KY;
    }

    @Test
    void readsEveryFieldOfAFullFormQr() {
        PersonalQr qr = PersonalQr.parse(full());
        assertThat(full()).startsWith("001193029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|<2<DN4017915019812<0912345678<");
        assertThat(qr.form()).isEqualTo(QrForm.FULL);
        assertThat(qr.documentNumber()).isEqualTo("001193029317");
        assertThat(qr.fullName()).isEqualTo("NGUYEN LE KHA HAN");
        assertThat(qr.birthDate()).isEqualTo("1993-01-18");
        assertThat(qr.declarationType()).isEqualTo(DeclarationType.SELF);
        assertThat(qr.qid()).isEqualTo(QID);
        assertThat(qr.declaredBy()).isNull();
        assertThat(qr.gender()).isEqualTo(Gender.FEMALE);
        assertThat(qr.insuranceNumber()).isEqualTo("DN4017915019812");
        assertThat(qr.phone()).isEqualTo("0912345678");
        assertThat(qr.signature().toString()).isEqualTo(CHU_KY);
        assertThat(new String(qr.signedBytes())).isEqualTo(person().unsignedText(QrForm.FULL));
    }

    @Test
    void readsTheMaskedFormWithEveryMaskingRuleApplied() {
        PersonalQr qr = PersonalQr.parse(person().unsignedText(QrForm.MASKED) + CHU_KY);
        assertThat(qr.form()).isEqualTo(QrForm.MASKED);
        assertThat(qr.documentNumber()).isEqualTo("******029317");
        assertThat(qr.birthDate()).isEqualTo("1993-**-**");
        assertThat(qr.birthYear()).isEqualTo(1993);
        assertThat(qr.insuranceNumber()).isEqualTo("DN4017*********");
        assertThat(qr.phone()).isEqualTo("0912******");
        assertThat(qr.fullName()).isEqualTo("NGUYEN LE KHA HAN");
    }

    @Test
    void readsAQrDeclaredOnSomeonesBehalf() {
        PersonalQrContent child = PersonalQrContent.of(DocumentNumber.parse("001315000123"), "Lê Minh Khôi",
                BirthDate.parse("2015-00-00"), QID, DECLARER, Gender.NOT_STATED, null, null);
        PersonalQr qr = PersonalQr.parse(child.unsignedText(QrForm.FULL) + CHU_KY);
        assertThat(qr.text()).contains("|2015-00-00|1|").contains("|" + DECLARER.value() + "<0<<<");
        assertThat(qr.declarationType()).isEqualTo(DeclarationType.ON_BEHALF);
        assertThat(qr.declaredBy()).isEqualTo(DECLARER);
    }

    @Test
    void acceptsAndIgnoresSubFieldsALaterVersionInsertsBeforeTheSignature() {
        String unsigned = person().unsignedText(QrForm.FULL);
        PersonalQr qr = PersonalQr.parse(unsigned + "V2<xyz<" + CHU_KY);
        assertThat(qr.extraSubFields()).containsExactly("V2", "xyz");
        assertThat(new String(qr.signedBytes())).isEqualTo(unsigned + "V2<xyz<");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "too few fields;               001193029317|NGUYEN LE KHA HAN|1993-01-18|0|<2<<<SIG;  QR;             WRONG_FIELD_COUNT; 144",
            "too many fields;              001193029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|x|<2<<<SIG; QR; WRONG_FIELD_COUNT; 64",
            "empty name;                   001193029317||1993-01-18|0|162979388586171104|<2<<<SIG;  HoTen;          EMPTY;             13",
            "lower-case name;              001193029317|Nguyen LE KHA HAN|1993-01-18|0|162979388586171104|<2<<<SIG; HoTen; BAD_CHARACTER; 14",
            "name with marks;              001193029317|NGUYỄN LE KHA HAN|1993-01-18|0|162979388586171104|<2<<<SIG; HoTen; BAD_CHARACTER; 17",
            "double space in name;         001193029317|NGUYEN  LE KHA HAN|1993-01-18|0|162979388586171104|<2<<<SIG; HoTen; BAD_FORMAT; 20",
            "'<' inside the name;          001193029317|NGUYEN<LE KHA HAN|1993-01-18|0|162979388586171104|<2<<<SIG; HoTen; BAD_CHARACTER; 19",
            "30 February;                  001193029317|NGUYEN LE KHA HAN|1993-02-30|0|162979388586171104|<2<<<SIG; NgaySinh; IMPOSSIBLE_DATE; 39",
            "day without month;            001193029317|NGUYEN LE KHA HAN|1993-00-18|0|162979388586171104|<2<<<SIG; NgaySinh; IMPOSSIBLE_DATE; 39",
            "slashes in the date;          001193029317|NGUYEN LE KHA HAN|18/01/1993|0|162979388586171104|<2<<<SIG; NgaySinh; BAD_FORMAT; 33",
            "declaration type 2;           001193029317|NGUYEN LE KHA HAN|1993-01-18|2|162979388586171104|<2<<<SIG; LoaiDinhDanh; BAD_VALUE; 42",
            "bad QID check digit;          001193029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171103|<2<<<SIG; QID; BAD_CHECK_DIGIT; 61",
            "declarer given for self;      001193029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|799273987100000004<2<<<SIG; QIDNguoiKhaiHo; INCONSISTENT; 63",
            "declarer missing;             001193029317|NGUYEN LE KHA HAN|1993-01-18|1|162979388586171104|<2<<<SIG; QIDNguoiKhaiHo; EMPTY; 63",
            "gender 3;                     001193029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|<3<<<SIG; GioiTinh; BAD_VALUE; 64",
            "insurance number too short;   001193029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|<2<DN40179<<SIG; SoBHYT; BAD_LENGTH; 66",
            "phone not starting with 0;    001193029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|<2<<9912345678<SIG; SoDienThoai; BAD_VALUE; 67",
            "masked phone in full form;    001193029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|<2<<0912******<SIG; SoDienThoai; INCONSISTENT; 71",
            "full date in masked form;     ******029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|<2<<<SIG; NgaySinh; INCONSISTENT; 36",
            "full phone in masked form;    ******029317|NGUYEN LE KHA HAN|1993-**-**|0|162979388586171104|<2<<0912345678<SIG; SoDienThoai; INCONSISTENT; 71",
            "too few EXT sub-fields;       001193029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|<2<<SIG; EXT; WRONG_FIELD_COUNT; 162",
            "CCCD of another birth year;   001194029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|<2<<<SIG; SoGiayTo; INCONSISTENT; 3",
            "CCCD of a man, declared female; 001093029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|<2<<<SIG; SoGiayTo; INCONSISTENT; 3",
            "unknown province of birth;    099193029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|<2<<<SIG; SoGiayTo; BAD_VALUE; 0",
            "ten-digit document;           0011930293|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|<2<<<SIG; SoGiayTo; BAD_LENGTH; 0",
            "signature without key id;     001193029317|NGUYEN LE KHA HAN|1993-01-18|0|162979388586171104|<2<<<SIG; ChuKy; BAD_FORMAT; 71",
    })
    void rejectsMalformedTextNamingFieldProblemAndPosition(String why, String text, String field, FormatProblem problem,
            int position) {
        String input = text.endsWith("SIG") && !why.startsWith("signature") ? text.replace("<SIG", "<" + CHU_KY) : text;
        assertThatThrownBy(() -> PersonalQr.parse(input))
                .isInstanceOfSatisfying(QrFormatException.class, e -> {
                    assertThat(e.field()).as("field").isEqualTo(field);
                    assertThat(e.problem()).as("problem").isEqualTo(problem);
                    assertThat(e.position()).as("position").isEqualTo(position);
                });
    }

    @Test
    void countsCodePointsAlsoWhenAFullFormDateIsMaskedAfterAstralCharacters() {
        // found by the fuzz test: the position of the '*' was counted in UTF-16 units
        String text = "001193029317|NGUYEN LE KHA HAN|\uD835\uDC00\uD835\uDC00-**-**|0|162979388586171104|<2<<<" + CHU_KY;
        assertThatThrownBy(() -> PersonalQr.parse(text))
                .isInstanceOfSatisfying(QrFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("NgaySinh");
                    assertThat(e.position()).isEqualTo(31 + 3);
                });
    }

    @Test
    void countsPositionsInCodePointsNotUtf16Units() {
        String text = "001193029317|NGUYEN \uD835\uDC00 HAN|1993-01-18|0|162979388586171104|<2<<<" + CHU_KY;
        assertThatThrownBy(() -> PersonalQr.parse(text))
                .isInstanceOfSatisfying(QrFormatException.class, e -> assertThat(e.position()).isEqualTo(20));
    }
}
