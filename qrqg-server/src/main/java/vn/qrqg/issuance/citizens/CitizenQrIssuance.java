package vn.qrqg.issuance.citizens;

import java.util.List;
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
import vn.qrqg.insurance.InsuranceChecks;
import vn.qrqg.issuance.QrIssued;
import vn.qrqg.issuance.QrRevocationLists;
import vn.qrqg.issuance.QrSuperseded;
import vn.qrqg.issuance.SigningKeys;
import vn.qrqg.platform.events.EventOutbox;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * Issues a person's QR (DOMAIN.md, "Issuing a personal QR"): verifies the declaration against
 * the registry, gives the person their one QID, and returns their current QR, signing a new
 * version only when what it records changed (at their holder's request) or the key that signed
 * it was revoked. Who may ask is {@link ProvenIssuance}'s business. Thread-safe;
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
    private final InsuranceChecks insurance;
    private final SigningKeys signingKeys;
    private final CitizenRecords records;
    private final TransactionTemplate transactions;
    private final EventOutbox events;
    private final QrRevocationLists revocationLists;

    CitizenQrIssuance(RegistryVerification verification, InsuranceChecks insurance, SigningKeys signingKeys,
            CitizenRecords records, PlatformTransactionManager transactionManager, EventOutbox events,
            QrRevocationLists revocationLists) {
        this.revocationLists = revocationLists;
        this.verification = verification;
        this.insurance = insurance;
        this.signingKeys = signingKeys;
        this.records = records;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    /**
     * A declaration the registry matched: the person, and the request as their QR records it, its
     * health-insurance number confirmed by social insurance (or filled from it).
     */
    record Verified(RegisteredPerson person, CitizenQrRequest request) {
    }

    /**
     * Checks a declaration: its fields, then the registry, then a health-insurance number with
     * social insurance (only when one is declared or asked for). Nothing is written.
     *
     * @throws vn.qrqg.identity.DeclarationMismatchException when the registry disagrees
     * @throws vn.qrqg.insurance.InsuranceMismatchException when social insurance does not confirm the number
     * @throws vn.qrqg.insurance.InsuranceUnavailableException when it cannot answer about a declared number
     * @throws InvalidFieldException when a field cannot go into a QR
     */
    Verified verify(CitizenQrRequest request) {
        Gender gender = gender(request.gender());
        Qid declaredBy = declaredBy(request.declaredBy());
        RegisteredPerson person = verification.verify(new Declaration(request.documentNumber(), request.fullName(),
                request.dateOfBirth(), gender));
        // checked with a fresh QID, so that a bad phone is refused before anything is written or asked
        content(person, Qid.generate(), declaredBy, gender, request.withInsuranceNumber(null));
        CitizenQrRequest confirmed = request.withInsuranceNumber(
                insurance.confirmed(request.insuranceNumber(), person.documentNumber()));
        content(person, Qid.generate(), declaredBy, gender, confirmed);
        return new Verified(person, confirmed);
    }

    /**
     * Gives {@code person} (as {@link #verify} found them) their QID and returns their current QR,
     * with {@code alsoInTransaction} run on the answer in the transaction that gives the QID and
     * stores the QR, so that what it writes commits with them or not at all. The registry is not
     * asked again: no connection waits on it.
     *
     * @param mayChange whether the request may change what the person's existing QR records (only
     *        their holder's may); a person without a QR gets their first from the request either way
     * @throws UnknownDeclarerException when {@code declaredBy} is nobody's QID
     */
    IssuedCitizenQr issue(RegisteredPerson person, CitizenQrRequest request, boolean mayChange,
            UnaryOperator<IssuedCitizenQr> alsoInTransaction) {
        Gender gender = gender(request.gender());
        Qid declaredBy = declaredBy(request.declaredBy());
        Qid candidate = Qid.generate();
        return transactions.execute(status -> {
            CitizenRecords.Citizen citizen = citizen(person.documentNumber(), candidate);
            PersonalQrContent content = content(person, citizen.qid(), declaredBy, gender, request);
            if (citizen.created()) {
                return alsoInTransaction.apply(first(content));
            }
            return alsoInTransaction.apply(mayChange ? current(content) : unchanged(content.qid()));
        });
    }

    /** The QID the person holds, if they were ever issued a QR. */
    Optional<Qid> qidOf(String documentNumber) {
        return records.qidOf(documentNumber);
    }

    /** The registry document number the person holding {@code qid} was issued under. */
    Optional<String> documentNumberOf(Qid qid) {
        return records.documentNumberOf(qid);
    }

    /** The forms of the person's newest QR as stored, never signed again. */
    Optional<IssuedCitizenQr.Forms> newestForms(Qid qid) {
        return records.newest(qid).map(qr -> new IssuedCitizenQr.Forms(qr.maskedText(), qr.fullText()));
    }

    /**
     * The person's current QR for their holder's app: the newest version, signed again first
     * when the key that signed it was revoked (a retired key still verifies: FORMATS.md §1).
     */
    IssuedCitizenQr currentOf(Qid qid) {
        CitizenRecords.StoredQr newest = records.newest(qid)
                .orElseThrow(() -> new IllegalStateException("a holder's QID has no QR"));
        if (signingKeys.verifies(newest.kid())) {
            return answer(newest);
        }
        return transactions.execute(status -> {
            records.lock(qid);
            Optional<CitizenRecords.StoredQr> locked = records.newest(qid);
            if (signingKeys.verifies(locked.orElseThrow().kid())) {
                return answer(locked.get()); // a concurrent request signed it again
            }
            return answer(signNewVersion(StoredContent.of(locked.get().fullText()), locked));
        });
    }

    /**
     * Called in a transaction holding the person's lock, right after {@code revoked} was revoked:
     * the same content signed again as the next version, which supersedes it.
     */
    CitizenRecords.StoredQr signAgain(CitizenRecords.StoredQr revoked) {
        return signNewVersion(StoredContent.of(revoked.fullText()), Optional.of(revoked));
    }

    /**
     * Called in the transaction that gave the person their QID: their first QR. The new row is
     * theirs alone until it commits (a concurrent request for them waits on it), and it has no
     * QR yet, so neither the lock nor the look-up of {@link #current} is needed.
     */
    private IssuedCitizenQr first(PersonalQrContent content) {
        if (content.declaredBy() != null && !records.exists(content.declaredBy())) {
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
        Qid qid = content.qid();
        records.lock(qid);
        if (content.declaredBy() != null && !records.exists(content.declaredBy())) {
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

    /**
     * Called in a transaction: the person's newest QR as it is, signed again only when its key
     * was revoked (what {@link #currentOf} does, in the caller's transaction).
     */
    private IssuedCitizenQr unchanged(Qid qid) {
        records.lock(qid);
        CitizenRecords.StoredQr newest = records.newest(qid)
                .orElseThrow(() -> new IllegalStateException("a citizen has no QR"));
        if (signingKeys.verifies(newest.kid())) {
            return answer(newest);
        }
        return answer(signNewVersion(StoredContent.of(newest.fullText()), Optional.of(newest)));
    }

    /**
     * Called in a transaction holding the person's lock: signs both forms, supersedes {@code previous}
     * and lists its forms on its key's revocation list; publishes {@link QrIssued} and
     * {@link QrSuperseded} in that transaction.
     */
    private CitizenRecords.StoredQr signNewVersion(PersonalQrContent content, Optional<CitizenRecords.StoredQr> previous) {
        Qid qid = content.qid();
        Signer signer = signingKeys.activeSigner();
        CitizenRecords.StoredQr issued = records.insert(content, previous.map(qr -> qr.version() + 1).orElse(1),
                content.sign(QrForm.FULL, signer), content.sign(QrForm.MASKED, signer), signer.keyId());
        previous.ifPresent(superseded -> records.supersede(qid, superseded.version(), issued.issuedAt()));
        previous.ifPresent(superseded -> revocationLists.add(superseded.kid(),
                List.of(superseded.fullText(), superseded.maskedText()), false));
        events.publish(new QrIssued(content.qid(), issued.version(), issued.kid(), issued.issuedAt()));
        previous.ifPresent(superseded -> events.publish(
                new QrSuperseded(content.qid(), superseded.version(), issued.version(), issued.issuedAt())));
        return issued;
    }

    private CitizenRecords.Citizen citizen(String documentNumber, Qid candidate) {
        for (int attempt = 1; attempt <= QID_ATTEMPTS; attempt++) {
            Optional<CitizenRecords.Citizen> citizen = records.qidOf(documentNumber, candidate);
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
