package vn.qrqg.issuance.citizens;

import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.personal.PersonalQrContent;
import vn.qrqg.codec.personal.QrForm;

/**
 * What a stored full-form QR says, read back from its text: the content to sign again when its
 * key was revoked. The text is the record (the phone and insurance number stored beside it are
 * copies for scanners), and it was checked when it was signed.
 */
final class StoredContent {

    private StoredContent() {
    }

    /** @throws IllegalArgumentException when {@code fullText} is not a full-form QR */
    static PersonalQrContent of(String fullText) {
        PersonalQr qr = PersonalQr.parse(fullText);
        if (qr.form() != QrForm.FULL) {
            throw new IllegalArgumentException("a stored full-form QR reads as " + qr.form());
        }
        return new PersonalQrContent(DocumentNumber.parse(qr.documentNumber()), qr.fullName(),
                BirthDate.parse(qr.birthDate()), qr.qid(), qr.declaredBy(), qr.gender(), qr.insuranceNumber(),
                qr.phone());
    }
}
