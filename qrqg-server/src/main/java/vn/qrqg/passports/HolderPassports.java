package vn.qrqg.passports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.Holder;

/**
 * A person's vaccine passports, for any app that holds their holder token: the API's
 * {@code /api/v1/citizens/{qid}/passports…} and the citizen portal. The QID a call names is checked
 * first ({@link vn.qrqg.holders.NotTheHolderException}), so that another person's learns nothing;
 * another person's request answers as an unknown id. Every answer is audited as the holder's app's read.
 */
public interface HolderPassports {

    /** A request or passport as its person sees it; {@code hc1} only when one is read by id and issued. */
    record OwnPassport(UUID id, PassportStatus status, String reason, String site, OffsetDateTime requestedAt,
            OffsetDateTime decidedAt, String uvci, OffsetDateTime validFrom, OffsetDateTime validUntil, String hc1) {
    }

    /** The person's requests and passports, newest first. */
    record OwnPassports(List<OwnPassport> items) {
    }

    /**
     * Asks for a passport: frozen from the registry and the last dose, sent to that dose's site.
     *
     * @throws NoVaccinationRecordException when no dose of the person is known, or their last names no site
     * @throws PassportRequestOpenException when a request of theirs awaits a decision
     */
    OwnPassport request(Holder holder, Qid qid);

    OwnPassports list(Holder holder, Qid qid);

    /** @throws PassportNotFoundException when the request is not the person's */
    OwnPassport get(Holder holder, Qid qid, UUID id);

    /**
     * The passport on paper: a bilingual A4 PDF with its QR and the eleven fields.
     *
     * @throws PassportNotFoundException when the request is not the person's, or not issued (nor revoked)
     */
    byte[] pdf(Holder holder, Qid qid, UUID id);
}
