package vn.qrqg.feedback.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code feedback_report_read}: the read of the person's access log an UNRECOGNISED_READ report is about. */
@Repository
class ReportReads {

    /** The read: its access log id and when it was. */
    record Link(String accessId, Instant at) {
    }

    private final JdbcClient jdbc;

    ReportReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID reportId, Link link) {
        jdbc.sql("insert into feedback_report_read (report_id, access_id, read_at) values (:id, :access, :at)")
                .param("id", reportId).param("access", Long.parseLong(link.accessId()))
                .param("at", OffsetDateTime.ofInstant(link.at(), java.time.ZoneOffset.UTC)).update();
    }

    Optional<Link> of(UUID reportId) {
        return jdbc.sql("select access_id, read_at from feedback_report_read where report_id = :id").param("id", reportId)
                .query((row, i) -> new Link(Long.toString(row.getLong("access_id")),
                        row.getObject("read_at", OffsetDateTime.class).toInstant())).optional();
    }
}
