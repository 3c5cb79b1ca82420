package vn.qrqg.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.audit.ReaderKind;

/**
 * The operators' review of {@code audit_record}: distinct people read per credential and hour,
 * summed up per {@link ReaderKind} in SQL over the time range's partitions only, and the purposes
 * recently seen. Read-only.
 */
@Repository
public class AuditReviewRepository {
    /** The kind of a read, from its scope: {@link ReaderKind}'s rule, written once as SQL. */
    private static final String KIND = Stream.of(ReaderKind.values())
            .map(kind -> "when scope = any(:" + kind.name() + ") then '" + kind.name() + "'")
            .collect(Collectors.joining(" ", "case ", " end"));

    private static final String HOURLY = """
            with reads as (
                select client_id, %s as kind, date_trunc('hour', at, 'UTC') as hour,
                       count(distinct coalesce(qid, '#' || document_number)) as people
                from audit_record
                where at >= :from and at < :to and scope = any(:judged)
                  and (qid is not null or document_number is not null)
                group by 1, 2, 3
            ), fences as (
                select kind, count(*) as hours,
                       percentile_cont(0.25) within group (order by people) as q1,
                       percentile_cont(0.5) within group (order by people) as median,
                       percentile_cont(0.75) within group (order by people) as q3
                from reads group by kind
            ), limits as (
                select kind, hours, q1, median, q3, greatest(:floor, q3 + :factor * (q3 - q1)) as threshold from fences
            ), flagged as (
                select r.client_id, r.kind, count(*) over (partition by r.kind) as flagged,
                       row_number() over (partition by r.kind order by max(r.people) desc, r.client_id) as rank
                from reads r join limits l on l.kind = r.kind
                group by r.client_id, r.kind, l.threshold
                having max(r.people) > l.threshold
            )
            select l.kind, l.hours, l.q1, l.median, l.q3, l.threshold, coalesce(f.flagged, 0) as flagged,
                   r.client_id, r.hour, r.people
            from limits l
            left join flagged f on f.kind = l.kind and f.rank <= :listed
            left join reads r on r.kind = f.kind and r.client_id = f.client_id
            order by l.kind, f.rank, r.hour""".formatted(KIND);

    private final JdbcClient jdbc;

    public AuditReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row per hour of each listed credential, or one row with a null client for a kind none of
     * whose credentials stands out; kinds without reads in the range have no row.
     *
     * @param flagged the number of credentials of the kind above its threshold, listed or not
     */
    public record HourRow(ReaderKind kind, long hours, double q1, double median, double q3, double threshold,
            long flagged, String clientId, Instant hour, long people) {
    }

    /**
     * The credential-hours of {@code [from, to)}, judged per kind: above the greater of
     * {@code floor} and Q3 + {@code factor} × (Q3 − Q1) of the kind's credential-hours.
     *
     * @param listed how many of a kind's credentials above it to list at most, highest peak first
     */
    public List<HourRow> hourly(Instant from, Instant to, double factor, int floor, int listed) {
        JdbcClient.StatementSpec statement = jdbc.sql(HOURLY).param("from", AuditFilterSql.time(from))
                .param("to", AuditFilterSql.time(to)).param("factor", factor).param("floor", floor)
                .param("listed", listed)
                .param("judged", Stream.of(ReaderKind.values()).flatMap(kind -> kind.scopes().stream())
                        .toArray(String[]::new));
        for (ReaderKind kind : ReaderKind.values()) {
            statement = statement.param(kind.name(), kind.scopes().toArray(String[]::new));
        }
        return statement.query((row, i) -> new HourRow(ReaderKind.valueOf(row.getString("kind")), row.getLong("hours"),
                row.getDouble("q1"), row.getDouble("median"), row.getDouble("q3"), row.getDouble("threshold"),
                row.getLong("flagged"), row.getString("client_id"), instant(row.getObject("hour", OffsetDateTime.class)),
                row.getLong("people"))).list();
    }

    /** The purposes of the records of {@code [from, to)}, sorted. */
    public List<String> purposes(Instant from, Instant to) {
        return jdbc.sql("select distinct purpose from audit_record where at >= :from and at < :to order by purpose")
                .param("from", AuditFilterSql.time(from)).param("to", AuditFilterSql.time(to))
                .query(String.class).list();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
