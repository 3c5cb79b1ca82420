package vn.qrqg.issuance.citizens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.PersonalQrContent;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.personal.QrForm;
import vn.qrqg.codec.signature.InMemorySigner;

class StoredContentTest {
    private static final InMemorySigner OLD_KEY = InMemorySigner.generate();

    @Test
    void aStoredFullQrGivesBackExactlyWhatWasSigned() {
        PersonalQrContent content = PersonalQrContent.of(DocumentNumber.parse("001193029317"), "Nguyễn Lê Khả Hân",
                BirthDate.parse("1993-01-18"), Qid.generate(), Qid.generate(), Gender.FEMALE, "DN4017915019812",
                "0912345678");
        assertThat(StoredContent.of(content.sign(QrForm.FULL, OLD_KEY))).isEqualTo(content);
    }

    @Test
    void emptyOptionalFieldsAndAnUnknownBirthDayComeBackEmpty() {
        PersonalQrContent content = PersonalQrContent.of(DocumentNumber.parse("001093029317"), "Trần Văn Bình",
                BirthDate.parse("1993-00-00"), Qid.generate(), null, null, null, null);
        PersonalQrContent read = StoredContent.of(content.sign(QrForm.FULL, OLD_KEY));
        assertThat(read).isEqualTo(content);
        assertThat(read.declaredBy()).isNull();
        assertThat(read.phone()).isEmpty();
    }

    @Test
    void signingTheReadContentWithANewKeyChangesOnlyTheSignature() {
        PersonalQrContent content = PersonalQrContent.of(DocumentNumber.parse("001193029317"), "Lê Thị Hoa",
                BirthDate.parse("1993-01-18"), Qid.generate(), null, Gender.FEMALE, null, "0912345678");
        String old = content.sign(QrForm.FULL, OLD_KEY);
        String renewed = StoredContent.of(old).sign(QrForm.FULL, InMemorySigner.generate());
        assertThat(renewed.substring(0, renewed.lastIndexOf('<'))).isEqualTo(old.substring(0, old.lastIndexOf('<')));
        assertThat(renewed).isNotEqualTo(old);
    }

    @Test
    void aMaskedQrIsNotARecord() {
        PersonalQrContent content = PersonalQrContent.of(DocumentNumber.parse("001193029317"), "Lê Thị Hoa",
                BirthDate.parse("1993-01-18"), Qid.generate(), null, Gender.FEMALE, null, null);
        assertThatThrownBy(() -> StoredContent.of(content.sign(QrForm.MASKED, OLD_KEY)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MASKED");
    }
}
