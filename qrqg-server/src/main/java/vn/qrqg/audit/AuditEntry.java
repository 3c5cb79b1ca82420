package vn.qrqg.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.personal.Qid;

/**
 * One read of personal data, as the audit keeps it.
 *
 * @param at when the data was read
 * @param clientId the OAuth2 client_id of the reader
 * @param appId its app in {@code clients_app}
 * @param scope the scope the data was read under (e.g. {@code scan:health}), or {@code null}
 * @param qid the person read, when they hold a QID; else {@code null}
 * @param documentNumber the registry's document number of a person identified without a QID
 *        (a CCCD card scan of someone never issued a QR); {@code null} whenever {@code qid} is set
 * @param fields the names of the fields answered, exactly; empty when no personal data went out
 * @param purpose the endpoint that read it, e.g. {@code POST /api/v1/scans}
 * @param outcome what the read resolved to, e.g. {@code VALID}, {@code NOT_FOUND}
 */
public record AuditEntry(Instant at, String clientId, UUID appId, String scope, String qid, String documentNumber,
        List<String> fields, String purpose, String outcome) {

    public AuditEntry {
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(outcome, "outcome");
        fields = List.copyOf(fields);
        if (qid != null && documentNumber != null) {
            throw new IllegalArgumentException("a person with a QID is recorded by the QID alone");
        }
    }

    /**
     * A read by {@code client} now, under {@code scope}, through {@code purpose}.
     *
     * @param qid the person read, or {@code null}; kept as its text, as the audit table and its JSON have it
     */
    public static AuditEntry of(CallingClient client, String scope, String purpose, Qid qid, String documentNumber,
            List<String> fields, String outcome) {
        return new AuditEntry(Instant.now(), client.clientId(), client.appId(), scope,
                qid == null ? null : qid.value(), documentNumber, fields, purpose, outcome);
    }
}
