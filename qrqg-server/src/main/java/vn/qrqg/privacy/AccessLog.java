package vn.qrqg.privacy;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditQuery;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.Holder;
import vn.qrqg.platform.web.RequestLanguage;
import vn.qrqg.platform.web.WholeNumbers;
import vn.qrqg.privacy.internal.AccessDescriptions;

/**
 * A person's access log, "who saw my data", for the app that holds their holder token: the API's
 * {@code GET /api/v1/citizens/{qid}/access-log} and the portal's. It shows the reads of the person
 * by anyone else; not the reads their own apps make for them with their holder token (no scope),
 * nor the issuance they asked for through their app ({@code qr:issue}), nor reading this log.
 * Reading it is audited too, as the holder's app's, under no scope: so it is never shown back.
 */
@Service
public class AccessLog {
    static final String PURPOSE = "GET /api/v1/citizens/{qid}/access-log";
    /** A page's reads: a screenful, a day or two of an ordinary person's life. */
    public static final int PAGE_SIZE = 20;
    /**
     * What is shown (docs/privacy.md, "What the log shows"): every scope but the person's own issuance,
     * and of the reads under no scope, a venue owner's, who is no app of the person's.
     */
    static final AuditQuery.Shown SHOWN = new AuditQuery.Shown(List.of(Scopes.QR_ISSUE), AccessDescriptions.VENUE_OWNER);

    private final AuditQuery query;
    private final AuditTrail audit;
    private final AccessDescriptions descriptions;

    AccessLog(AuditQuery query, AuditTrail audit, AccessDescriptions descriptions) {
        this.query = query;
        this.audit = audit;
        this.descriptions = descriptions;
    }

    /**
     * A page of the holder's log, newest first, in the request's language.
     *
     * @param page from 0; null or blank: 0
     * @throws vn.qrqg.holders.NotTheHolderException when {@code qid} is not the holder's (checked first)
     * @throws vn.qrqg.platform.web.InvalidFieldException naming {@code page}
     */
    public AccessLogPage page(Holder holder, Qid qid, String page) {
        holder.require(qid);
        int pageNumber = WholeNumbers.parse("page", page, 0, 0, 1_000_000);
        long total = query.countReadsOf(qid, SHOWN);
        List<AccessLogPage.Access> items = descriptions.describe(
                query.readsOf(qid, SHOWN, (long) pageNumber * PAGE_SIZE, PAGE_SIZE), RequestLanguage.vietnamese());
        audit.record(AuditEntry.of(holder.app(), null, PURPOSE, qid, null,
                items.isEmpty() ? List.of() : List.of("accessLog"), "READ"));
        return new AccessLogPage(pageNumber, PAGE_SIZE, total, items);
    }

    /**
     * One read of the person's log by its {@code accessId}, in the request's language: for a report
     * that they do not recognise it, and for the official who handles the report. Not audited here:
     * its caller's own read is.
     *
     * @return empty when it is not one of the reads the person's log shows (another person's, hidden,
     *         past the audit's retention, or no id at all): the same for each, so nothing leaks
     */
    public Optional<AccessLogPage.Access> shown(Qid qid, String accessId) {
        if (accessId == null || !accessId.strip().matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return query.readOf(qid, SHOWN, Long.parseLong(accessId.strip()))
                .map(read -> descriptions.describe(List.of(read), RequestLanguage.vietnamese()).getFirst());
    }
}
