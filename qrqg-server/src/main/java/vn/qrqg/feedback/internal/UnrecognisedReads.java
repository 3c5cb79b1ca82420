package vn.qrqg.feedback.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.privacy.AccessLog;

/**
 * The read an UNRECOGNISED_READ report is about, as the official who handles it sees it: who read,
 * when, why and which fields, from the audit while it keeps the record (its retention), else its
 * reference and time alone.
 */
@Component
class UnrecognisedReads {
    private final ReportReads reads;
    private final AccessLog accessLog;

    UnrecognisedReads(ReportReads reads, AccessLog accessLog) {
        this.reads = reads;
        this.accessLog = accessLog;
    }

    Optional<ReportViews.Read> of(FeedbackRepository.StoredReport report, String reporterQid) {
        return reads.of(report.reportId()).map(link -> accessLog.shown(new Qid(reporterQid), link.accessId())
                .map(read -> new ReportViews.Read(read.accessId(), read.at(), true, read.reader(), read.purpose(),
                        read.fields(), read.outcome()))
                .orElse(new ReportViews.Read(link.accessId(), PersonReports.local(link.at()), false, null, null,
                        List.of(), null)));
    }
}
