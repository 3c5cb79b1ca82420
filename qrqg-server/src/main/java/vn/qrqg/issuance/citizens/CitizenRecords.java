package vn.qrqg.issuance.citizens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.codec.personal.PersonalQrContent;
import vn.qrqg.codec.personal.Qid;

/** The tables {@code issuance_citizen} and {@code issuance_qr}. */
@Repository
class CitizenRecords {

    /** One row of {@code issuance_qr}. */
    record StoredQr(String qid, int version, String fullText, String maskedText, String kid, Instant issuedAt) {
    }

    /**
     * A person's row in {@code issuance_citizen}.
     *
     * @param created given the QID in the current transaction: nobody else sees the row until it
     *        commits, and the person has no QR yet
     */
    record Citizen(Qid qid, boolean created) {
    }

    private final JdbcClient jdbc;

    CitizenRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Gives the person {@code candidate} unless they already hold a QID. Concurrent callers for
     * the same person all end with the one row that won. One statement when the person is new.
     *
     * @return the person's QID, and whether this call gave it; empty when {@code candidate} is
     *         already someone else's QID
     */
    Optional<Citizen> qidOf(String documentNumber, Qid candidate) {
        // no conflict target: neither a second QID for the person nor someone else's QID raises,
        // so that a caller's transaction survives either
        Optional<String> inserted = jdbc.sql("""
                insert into issuance_citizen (qid, document_number) values (:qid, :documentNumber)
                on conflict do nothing returning qid""")
                .param("qid", candidate.value()).param("documentNumber", documentNumber).query(String.class).optional();
        if (inserted.isPresent()) {
            return Optional.of(new Citizen(new Qid(inserted.get()), true));
        }
        return jdbc.sql("select qid from issuance_citizen where document_number = :documentNumber")
                .param("documentNumber", documentNumber).query(String.class).optional()
                .map(qid -> new Citizen(new Qid(qid), false));
    }

    /** The QID of the person with this registry document number, if they hold one. */
    Optional<Qid> qidOf(String documentNumber) {
        return jdbc.sql("select qid from issuance_citizen where document_number = :documentNumber")
                .param("documentNumber", documentNumber).query(String.class).optional().map(Qid::new);
    }

    Optional<String> documentNumberOf(Qid qid) {
        return jdbc.sql("select document_number from issuance_citizen where qid = :qid")
                .param("qid", qid.value()).query(String.class).optional();
    }

    boolean exists(Qid qid) {
        return jdbc.sql("select count(*) from issuance_citizen where qid = :qid")
                .param("qid", qid.value()).query(Long.class).single() > 0;
    }

    /** Serialises the issuances of one person until the transaction ends. */
    void lock(Qid qid) {
        jdbc.sql("select qid from issuance_citizen where qid = :qid for update")
                .param("qid", qid.value()).query(String.class).single();
    }

    Optional<StoredQr> newest(Qid qid) {
        return jdbc.sql("""
                select qid, version, full_text, masked_text, kid, issued_at from issuance_qr
                where qid = :qid order by version desc limit 1""")
                .param("qid", qid.value()).query(CitizenRecords::row).optional();
    }

    /** A new version of {@code content}'s QR, with the phone and insurance number it declares for scanners. */
    StoredQr insert(PersonalQrContent content, int version, String fullText, String maskedText, String kid) {
        return jdbc.sql("""
                insert into issuance_qr (qid, version, full_text, masked_text, kid, phone, insurance_number)
                values (:qid, :version, :fullText, :maskedText, :kid, :phone, :insuranceNumber)
                returning qid, version, full_text, masked_text, kid, issued_at""")
                .param("qid", content.qid().value()).param("version", version).param("fullText", fullText)
                .param("maskedText", maskedText).param("kid", kid)
                .param("phone", emptyToNull(content.phone()))
                .param("insuranceNumber", emptyToNull(content.insuranceNumber()))
                .query(CitizenRecords::row).single();
    }

    void supersede(Qid qid, int version, Instant at) {
        jdbc.sql("update issuance_qr set superseded_at = :at where qid = :qid and version = :version")
                .param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC))
                .param("qid", qid.value()).param("version", version).update();
    }

    /** Marks the version revoked: it scans REVOKED from now on ({@link IssuedQrs}). */
    void revoke(Qid qid, int version, String reason, Instant at) {
        jdbc.sql("""
                update issuance_qr set revoked_at = :at, revocation_reason = :reason
                where qid = :qid and version = :version""")
                .param("at", OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC)).param("reason", reason)
                .param("qid", qid.value()).param("version", version).update();
    }

    /** When the person's QRs were revoked since {@code since}, oldest first. */
    java.util.List<Instant> revocationsSince(Qid qid, Instant since) {
        return jdbc.sql("""
                select revoked_at from issuance_qr where qid = :qid and revoked_at > :since order by revoked_at""")
                .param("qid", qid.value()).param("since", OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC))
                .query((row, i) -> row.getObject("revoked_at", OffsetDateTime.class).toInstant()).list();
    }

    /** Up to {@code limit} superseded versions whose revocation-list entries are not written yet (before V37). */
    java.util.List<StoredQr> unlisted(int limit) {
        return jdbc.sql("""
                select qid, version, full_text, masked_text, kid, issued_at from issuance_qr
                where not listed limit :limit""").param("limit", limit).query(CitizenRecords::row).list();
    }

    void markListed(StoredQr qr) {
        jdbc.sql("update issuance_qr set listed = true where qid = :qid and version = :version")
                .param("qid", qr.qid()).param("version", qr.version()).update();
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static StoredQr row(ResultSet rs, int rowNum) throws SQLException {
        return new StoredQr(rs.getString("qid"), rs.getInt("version"), rs.getString("full_text"),
                rs.getString("masked_text"), rs.getString("kid"),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant());
    }
}
