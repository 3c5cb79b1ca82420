package vn.qrqg.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.audit.AuditFilter;

/**
 * The WHERE clause of an {@link AuditFilter} over {@code audit_record}, and its parameters. The
 * time range is a plain range on {@code at}, the partition key, so that PostgreSQL reads only the
 * range's daily partitions.
 */
final class AuditFilterSql {
    private AuditFilterSql() {
    }

    static String where(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.qid() != null) {
            conditions.add("qid = :qid");
        }
        if (filter.clientId() != null) {
            conditions.add("client_id = :clientId");
        }
        if (filter.venueClients() != null) {
            conditions.add("client_id = any(:venueClients)");
        }
        if (filter.appId() != null) {
            // app_id has no index: its client_id leads to the records through audit_record_client
            conditions.add("app_id = :appId and client_id = any(:appClients)");
        }
        if (filter.scope() != null) {
            conditions.add("scope = :scope");
        }
        if (filter.purpose() != null) {
            conditions.add("purpose = :purpose");
        }
        if (filter.from() != null) {
            conditions.add("at >= :from");
        }
        if (filter.to() != null) {
            conditions.add("at < :to");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Binds the parameters {@link #where} uses (JdbcClient ignores the ones a statement lacks). */
    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AuditFilter filter) {
        return statement.param("qid", filter.qid()).param("clientId", filter.clientId())
                .param("venueClients", filter.venueClients() == null ? null : filter.venueClients().toArray(String[]::new))
                .param("appId", filter.appId())
                .param("appClients", filter.appClients() == null ? null : filter.appClients().toArray(String[]::new)).param("scope", filter.scope()).param("purpose", filter.purpose())
                .param("from", time(filter.from())).param("to", time(filter.to()));
    }

    /**
     * A bound as PostgreSQL compares it: rounded UP to the microsecond, the precision records are
     * kept in, so that {@code at >= from} and {@code at < to} mean exactly what they say (PostgreSQL
     * would round a nanosecond bound to the nearest microsecond).
     */
    static OffsetDateTime time(Instant instant) {
        if (instant == null) {
            return null;
        }
        Instant micros = instant.truncatedTo(ChronoUnit.MICROS);
        return (micros.equals(instant) ? micros : micros.plus(1, ChronoUnit.MICROS)).atOffset(ZoneOffset.UTC);
    }
}
