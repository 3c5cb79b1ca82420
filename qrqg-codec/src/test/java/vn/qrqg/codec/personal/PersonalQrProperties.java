package vn.qrqg.codec.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.document.CccdNumber;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.signature.InMemorySigner;
import vn.qrqg.codec.signature.SignatureVerifier;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.codec.signature.TrustedKey;

class PersonalQrProperties {

    static final InMemorySigner SIGNER = InMemorySigner.generate();
    static final TrustList TRUST = TrustList.of(List.of(new TrustedKey(SIGNER.keyId(), SIGNER.publicKey(), KeyStatus.ACTIVE)));
    /** Every letter of the Vietnamese alphabet with every tone, lower case; the generator also upper-cases. */
    static final String LETTERS = VietnameseNamesTest.VOWELS + "bcdđghklmnpqrstvx";

    @Property(tries = 300)
    void everyValidPersonEncodesAndParsesBackInBothForms(@ForAll("people") Declared person) {
        PersonalQrContent content = person.content();
        for (QrForm form : QrForm.values()) {
            String text = content.sign(form, SIGNER);
            PersonalQr qr = PersonalQr.parse(text);
            assertThat(qr.form()).isEqualTo(form);
            assertThat(qr.fullName()).isEqualTo(oracleName(person.name()));
            assertThat(qr.qid()).isEqualTo(content.qid());
            assertThat(qr.declaredBy()).isEqualTo(content.declaredBy());
            assertThat(qr.gender()).isEqualTo(content.gender());
            boolean full = form == QrForm.FULL;
            assertThat(qr.documentNumber()).isEqualTo(full ? content.documentNumber().value() : Masking.document(content.documentNumber().value()));
            assertThat(qr.birthDate()).isEqualTo(full ? content.birthDate().toString() : content.birthDate().year() + "-**-**");
            assertThat(qr.phone()).isEqualTo(full ? content.phone() : Masking.phone(content.phone()));
            assertThat(qr.insuranceNumber()).isEqualTo(full ? content.insuranceNumber() : Masking.insuranceNumber(content.insuranceNumber()));
            assertThat(SignatureVerifier.verify(qr.signature(), qr.signedBytes(), TRUST)).isEqualTo(ScanOutcome.VALID);
        }
    }

    @Property(tries = 300)
    void theMaskedFormNeverShowsAHiddenCharacter(@ForAll("people") Declared person) {
        PersonalQrContent content = person.content();
        PersonalQr masked = PersonalQr.parse(content.sign(QrForm.MASKED, SIGNER));
        String document = content.documentNumber().value();
        assertThat(masked.documentNumber()).startsWith("******").hasSameSizeAs(document);
        assertThat(masked.birthDate()).endsWith("-**-**");
        if (!content.phone().isEmpty()) {
            assertThat(masked.phone().substring(4)).isEqualTo("******");
        }
        if (!content.insuranceNumber().isEmpty()) {
            assertThat(masked.insuranceNumber().substring(6)).isEqualTo("*********");
        }
        // masking the masked values again changes nothing
        assertThat(Masking.document(masked.documentNumber())).isEqualTo(masked.documentNumber());
        assertThat(Masking.birthDate(masked.birthDate())).isEqualTo(masked.birthDate());
        assertThat(Masking.phone(masked.phone())).isEqualTo(masked.phone());
        assertThat(Masking.insuranceNumber(masked.insuranceNumber())).isEqualTo(masked.insuranceNumber());
        assertThat(content.unsignedText(QrForm.MASKED)).isEqualTo(maskedAgain(content));
    }

    @Property(tries = 2000)
    void parsingAnyTextThrowsNothingButTheCodecsOwnError(@ForAll("mutatedQrs") String text) {
        try {
            PersonalQr.parse(text);
        } catch (QrFormatException expected) {
            assertThat(expected.position()).isBetween(0, text.codePointCount(0, text.length()));
        }
    }

    /** The masked unsigned text, rebuilt from the full one by masking each field: the rules commute with encoding. */
    private static String maskedAgain(PersonalQrContent content) {
        String[] fields = content.unsignedText(QrForm.FULL).split("\\|", -1);
        String[] ext = fields[5].split("<", -1);
        return Masking.document(fields[0]) + "|" + fields[1] + "|" + Masking.birthDate(fields[2]) + "|" + fields[3] + "|"
                + fields[4] + "|" + ext[0] + "<" + ext[1] + "<" + Masking.insuranceNumber(ext[2]) + "<" + Masking.phone(ext[3]) + "<";
    }

    /** An independent statement of the name rule: decompose, drop marks, Đ as D, upper case, single spaces. */
    static String oracleName(String declared) {
        String stripped = Normalizer.normalize(declared, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        // (?U): Unicode white space, so that a no-break space separates words too
        return stripped.toUpperCase(java.util.Locale.ROOT).replaceAll("(?U)\\s+", " ").strip();
    }

    record Declared(String document, String name, BirthDate birthDate, Gender gender, Qid qid, Qid declaredBy,
            String insurance, String phone) {
        PersonalQrContent content() {
            return PersonalQrContent.of(DocumentNumber.parse(document), name, birthDate, qid, declaredBy, gender, insurance, phone);
        }
    }

    @Provide
    Arbitrary<Declared> people() {
        Arbitrary<BirthDate> birthDates = Combinators.combine(
                        Arbitraries.integers().between(1900, 2025), Arbitraries.integers().between(0, 12),
                        Arbitraries.integers().between(0, 28))
                .as((y, m, d) -> new BirthDate(y, m, m == 0 ? 0 : d));
        Arbitrary<Gender> genders = Arbitraries.of(Gender.class);
        Arbitrary<String> names = Combinators.combine(word().list().ofMinSize(1).ofMaxSize(5), Arbitraries.of(" ", "  ", "\u00a0"))
                .as((words, separator) -> String.join(separator, words));
        Arbitrary<Qid> qids = Arbitraries.create(Qid::generate);
        Arbitrary<String> phones = Arbitraries.strings().numeric().ofLength(9).map(s -> "0" + s).injectNull(0.3);
        Arbitrary<String> insurance = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(2),
                Arbitraries.strings().numeric().ofLength(13)).as(String::concat).injectNull(0.3);
        return Combinators.combine(birthDates, genders, names, qids, qids.injectNull(0.6), insurance, phones,
                        Arbitraries.integers().between(0, 2))
                .as((dob, gender, name, qid, declarer, bhyt, phone, kind) -> new Declared(
                        document(kind, dob, gender), name, dob, gender, qid, declarer, bhyt, phone));
    }

    @Provide
    Arbitrary<String> mutatedQrs() {
        return people().map(p -> p.content().sign(QrForm.FULL, SIGNER)).flatMap(text -> Arbitraries.oneOf(
                Arbitraries.integers().between(0, text.length() - 1).map(i -> text.substring(0, i)),
                Arbitraries.integers().between(0, text.length() - 1).flatMap(i -> Arbitraries.chars()
                        .map(c -> text.substring(0, i) + c + text.substring(i + 1))),
                Arbitraries.strings().ofMaxLength(40).map(junk -> text.replace("|", junk)),
                Arbitraries.strings().withChars("|<*0123456789AZaz \u0300\uD835\uDC00").ofMaxLength(200)));
    }

    private static Arbitrary<String> word() {
        return Arbitraries.strings().withChars(LETTERS).ofMinLength(1).ofMaxLength(7)
                .flatMap(w -> Arbitraries.of(w, w.toUpperCase(), Normalizer.normalize(w, Normalizer.Form.NFD)));
    }

    private static String document(int kind, BirthDate dob, Gender gender) {
        return switch (kind) {
            case 0 -> "079" + CccdNumber.genderCenturyDigit(gender == Gender.NOT_STATED ? Gender.MALE : gender, dob.year())
                    + String.format("%02d", dob.year() % 100) + "123456";
            case 1 -> "123456789";
            default -> "C1234567";
        };
    }
}
