package vn.qrqg.issuance.citizens;

import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.PersonalQrContent;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.personal.QrForm;
import vn.qrqg.codec.signature.Signer;
import vn.qrqg.identity.Declaration;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.identity.RegistryVerification;
import vn.qrqg.issuance.SigningKeys;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * Issues a person's QR (DOMAIN.md, "Issuing a personal QR"): verifies the declaration against
 * the registry, gives the person their one QID, and returns their current QR, signing a new
 * version only when what it records changed or the key that signed it was revoked. Thread-safe;
 * concurrent requests for one person are serialised on their {@code issuance_citizen} row.
 */
@Service
public class CitizenQrIssuance {
    private static final int QID_ATTEMPTS = 5;
    /** Codec field names (FORMATS.md) to the request's, so that a 400 names what the app sent. */
    private static final Map<String, String> REQUEST_FIELDS = Map.of(
            "SoGiayTo", "documentNumber", "HoTen", "fullName", "NgaySinh", "dateOfBirth",
            "GioiTinh", "gender", "SoBHYT", "insuranceNumber", "SoDienThoai", "phone",
            "QIDNguoiKhaiHo", "declaredBy");

    private final RegistryVerification verification;
    private final SigningKeys signingKeys;
    private final CitizenRecords records;
    private final TransactionTemplate transactions;

    CitizenQrIssuance(RegistryVerification verification, SigningKeys signingKeys, CitizenRecords records,
            PlatformTransactionManager transactionManager) {
        this.verification = verification;
        this.signingKeys = signingKeys;
        this.records = records;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * @throws vn.qrqg.identity.DeclarationMismatchException when the registry disagrees
     * @throws InvalidFieldException when a field cannot go into a QR
     * @throws UnknownDeclarerException when {@code declaredBy} is nobody's QID
     */
    public IssuedCitizenQr issue(CitizenQrRequest request) {
        return issue(request, UnaryOperator.identity());
    }

    /**
     * The same, with {@code alsoInTransaction} run on the answer in the transaction that gives
     * the QID and stores the QR, so that what it writes commits with them or not at all. The
     * registry is asked before the transaction starts: no connection waits on it.
     */
    public IssuedCitizenQr issue(CitizenQrRequest request, UnaryOperator<IssuedCitizenQr> alsoInTransaction) {
        Gender gender = gender(request.gender());
        Qid declaredBy = declaredBy(request.declaredBy());
        RegisteredPerson person = verification.verify(new Declaration(request.documentNumber(), request.fullName(),
                request.dateOfBirth(), gender));
        // checked with a fresh QID before the person is given one, so that a bad phone creates nothing
        Qid candidate = Qid.generate();
        content(person, candidate, declaredBy, gender, request);
        return transactions.execute(status -> {
            CitizenRecords.Citizen citizen = citizen(person.documentNumber(), candidate);
            PersonalQrContent content = content(person, new Qid(citizen.qid()), declaredBy, gender, request);
            return alsoInTransaction.apply(citizen.created() ? first(content) : current(content));
        });
    }

    /**
     * The person's current QR for their holder's app: the newest version, signed again first
     * when the key that signed it was revoked (a retired key still verifies: FORMATS.md §1).
     */
    IssuedCitizenQr currentOf(Qid qid) {
        CitizenRecords.StoredQr newest = records.newest(qid.value())
                .orElseThrow(() -> new IllegalStateException("a holder's QID has no QR"));
        if (signingKeys.verifies(newest.kid())) {
            return answer(newest);
        }
        return transactions.execute(status -> {
            records.lock(qid.value());
            Optional<CitizenRecords.StoredQr> locked = records.newest(qid.value());
            if (signingKeys.verifies(locked.orElseThrow().kid())) {
                return answer(locked.get()); // a concurrent request signed it again
            }
            return answer(signNewVersion(StoredContent.of(locked.get().fullText()), locked));
        });
    }

    /**
     * Called in the transaction that gave the person their QID: their first QR. The new row is
     * theirs alone until it commits (a concurrent request for them waits on it), and it has no
     * QR yet, so neither the lock nor the look-up of {@link #current} is needed.
     */
    private IssuedCitizenQr first(PersonalQrContent content) {
        if (content.declaredBy() != null && !records.exists(content.declaredBy().value())) {
            throw new UnknownDeclarerException();
        }
        return answer(signNewVersion(content, Optional.empty()));
    }

    /**
     * Called in a transaction: the newest QR if it says the same and its key still verifies,
     * else a new version. Only a revoked key forces a new one: a retired key's QRs stay valid,
     * and re-signing them would mark a person's printed QR superseded for nothing.
     */
    private IssuedCitizenQr current(PersonalQrContent content) {
        String qid = content.qid().value();
        records.lock(qid);
        if (content.declaredBy() != null && !records.exists(content.declaredBy().value())) {
            throw new UnknownDeclarerException();
        }
        String unsignedFull = content.unsignedText(QrForm.FULL);
        Optional<CitizenRecords.StoredQr> newest = records.newest(qid);
        if (newest.isPresent() && unsigned(newest.get().fullText()).equals(unsignedFull)
                && signingKeys.verifies(newest.get().kid())) {
            return answer(newest.get());
        }
        return answer(signNewVersion(content, newest));
    }

    /** Called in a transaction holding the person's lock: signs both forms, supersedes {@code previous}. */
    private CitizenRecords.StoredQr signNewVersion(PersonalQrContent content, Optional<CitizenRecords.StoredQr> previous) {
        String qid = content.qid().value();
        Signer signer = signingKeys.activeSigner();
        CitizenRecords.StoredQr issued = records.insert(qid, previous.map(qr -> qr.version() + 1).orElse(1),
                content.sign(QrForm.FULL, signer), content.sign(QrForm.MASKED, signer), signer.keyId());
        previous.ifPresent(superseded -> records.supersede(qid, superseded.version(), issued.issuedAt()));
        return issued;
    }

    private CitizenRecords.Citizen citizen(String documentNumber, Qid candidate) {
        for (int attempt = 1; attempt <= QID_ATTEMPTS; attempt++) {
            Optional<CitizenRecords.Citizen> citizen = records.qidOf(documentNumber, candidate.value());
            if (citizen.isPresent()) {
                return citizen.get();
            }
            // another person already holds this random QID: astronomically rare, draw again
            candidate = Qid.generate();
        }
        throw new IllegalStateException(QID_ATTEMPTS + " random QIDs in a row were taken: the random source is broken");
    }

    /** The registry's name, birth date and document number; the declared gender, phone and insurance. */
    private static PersonalQrContent content(RegisteredPerson person, Qid qid, Qid declaredBy, Gender gender,
            CitizenQrRequest request) {
        try {
            return PersonalQrContent.of(DocumentNumber.parse(person.documentNumber()), person.fullName(),
                    person.birthDate(), qid, declaredBy, gender, blankToNull(request.insuranceNumber()),
                    blankToNull(request.phone()));
        } catch (QrFormatException e) {
            throw new InvalidFieldException(REQUEST_FIELDS.getOrDefault(e.field(), e.field()), e.detail());
        }
    }

    private static Gender gender(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        Gender gender = code.strip().length() == 1 ? Gender.fromCode(code.strip().charAt(0)) : null;
        if (gender == null) {
            throw new InvalidFieldException("gender", "0 (not stated), 1 (male) or 2 (female)");
        }
        return gender;
    }

    private static Qid declaredBy(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Qid.parse(text.strip(), "declaredBy");
        } catch (QrFormatException e) {
            throw new InvalidFieldException("declaredBy", e.detail());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The QR text without {@code ChuKy}: what decides whether two QRs say the same. */
    private static String unsigned(String text) {
        return text.substring(0, text.lastIndexOf('<') + 1);
    }

    private static IssuedCitizenQr answer(CitizenRecords.StoredQr qr) {
        return new IssuedCitizenQr(qr.qid(), new IssuedCitizenQr.Forms(qr.maskedText(), qr.fullText()), qr.kid(),
                qr.issuedAt(), null, IssuedCitizenQr.Images.of(qr.qid()));
    }
}
