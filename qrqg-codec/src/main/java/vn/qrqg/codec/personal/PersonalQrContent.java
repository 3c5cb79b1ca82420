package vn.qrqg.codec.personal;

import java.util.Objects;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.signature.SignatureVerifier;
import vn.qrqg.codec.signature.Signer;

/**
 * What a personal QR says about a person, as recorded (the full form), checked field by
 * field before anything is signed. Build it with {@link #of}, which normalises the name.
 *
 * @param declaredBy the declarer's QID when someone declared on the person's behalf, else {@code null}
 * @param insuranceNumber {@code SoBHYT}, or {@code ""} when none
 * @param phone {@code SoDienThoai}, or {@code ""} when none
 */
public record PersonalQrContent(
        DocumentNumber documentNumber,
        String fullName,
        BirthDate birthDate,
        Qid qid,
        Qid declaredBy,
        Gender gender,
        String insuranceNumber,
        String phone) {

    public PersonalQrContent {
        Objects.requireNonNull(documentNumber, DocumentNumber.FIELD);
        Objects.requireNonNull(birthDate, "NgaySinh");
        Objects.requireNonNull(qid, Qid.FIELD);
        Objects.requireNonNull(gender, ExtFields.GENDER);
        if (!VietnameseNames.normalise(fullName).equals(fullName)) {
            throw new QrFormatException(VietnameseNames.FIELD, FormatProblem.BAD_FORMAT,
                    "the name must be normalised (upper case, no marks, single spaces); use PersonalQrContent.of");
        }
        insuranceNumber = insuranceNumber == null ? "" : insuranceNumber;
        phone = phone == null ? "" : phone;
        ExtFields.checkInsuranceNumber(insuranceNumber, QrForm.FULL);
        ExtFields.checkPhone(phone, QrForm.FULL);
        if (qid.equals(declaredBy)) {
            throw new QrFormatException(ExtFields.DECLARER_QID, FormatProblem.INCONSISTENT,
                    "a person cannot declare on their own behalf");
        }
        documentNumber.checkConsistentWith(birthDate, gender, DocumentNumber.FIELD);
    }

    /** Content from declared values: the name is normalised, null optional values become empty. */
    public static PersonalQrContent of(DocumentNumber documentNumber, String fullName, BirthDate birthDate,
            Qid qid, Qid declaredBy, Gender gender, String insuranceNumber, String phone) {
        return new PersonalQrContent(documentNumber, VietnameseNames.normalise(fullName), birthDate, qid,
                declaredBy, gender == null ? Gender.NOT_STATED : gender, insuranceNumber, phone);
    }

    public DeclarationType declarationType() {
        return declaredBy == null ? DeclarationType.SELF : DeclarationType.ON_BEHALF;
    }

    /**
     * The QR text up to and including the {@code <} in front of {@code ChuKy}: exactly the
     * bytes the platform signs.
     */
    public String unsignedText(QrForm form) {
        boolean masked = form == QrForm.MASKED;
        String document = documentNumber.value();
        String date = birthDate.toString();
        return (masked ? Masking.document(document) : document) + '|'
                + fullName + '|'
                + (masked ? Masking.birthDate(date) : date) + '|'
                + declarationType().code() + '|'
                + qid.value() + '|'
                + (declaredBy == null ? "" : declaredBy.value()) + '<'
                + gender.code() + '<'
                + (masked ? Masking.insuranceNumber(insuranceNumber) : insuranceNumber) + '<'
                + (masked ? Masking.phone(phone) : phone) + '<';
    }

    /** The signed QR text in the given form: {@link #unsignedText} followed by {@code ChuKy}. */
    public String sign(QrForm form, Signer signer) {
        String unsigned = unsignedText(form);
        return unsigned + SignatureVerifier.sign(signer, unsigned);
    }
}
