package vn.qrqg.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.qrqg.feedback.FeedbackCategory;
import vn.qrqg.feedback.FeedbackStatus;

/** All of the feedback tables' SQL. */
@Repository
class FeedbackRepository {
    private static final String COLUMNS = """
            r.report_id, r.tracking_number, r.category, r.status, r.person_sealed, r.text_sealed, r.answer_sealed,
            r.province_code, r.commune_code, r.venue_code, r.record_id, r.record_kind, r.record_source, r.submitted_by,
            r.created_at, r.due_at, r.assignee, r.forwarded_at, r.record_corrected_at, r.answered_at, r.answered_by,
            r.closed_at, r.has_photo""";

    /** A report as stored: what is personal still sealed. */
    record StoredReport(UUID reportId, String trackingNumber, FeedbackCategory category, FeedbackStatus status,
            byte[] personSealed, byte[] textSealed, byte[] answerSealed, String provinceCode, String communeCode,
            String venueCode, UUID recordId, String recordKind, String recordSource, UUID submittedBy,
            Instant createdAt, Instant dueAt, String assignee, Instant forwardedAt, Instant recordCorrectedAt,
            Instant answeredAt, String answeredBy, Instant closedAt, boolean hasPhoto) {
    }

    /** What the queue may show: null (or empty) for no limit. */
    record QueueFilter(Collection<FeedbackStatus> statuses, Collection<FeedbackCategory> categories,
            Collection<String> provinces, String venueCode, String assignee, boolean overdueOnly, Instant now,
            String orderBy) {
    }

    record Page(long total, List<StoredReport> items) {
    }

    record Source(String source, long open, long corrected) {
    }

    record WeekCount(java.time.LocalDate week, String provinceCode, FeedbackCategory category, long count) {
    }

    record Photo(String contentType, byte[] sealed) {
    }

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next tracking number's count in {@code year}, from 1; two callers never get the same. */
    int nextNumber(int year) {
        return jdbc.sql("""
                        insert into feedback_counter (year, last_number) values (:year, 1)
                        on conflict (year) do update set last_number = feedback_counter.last_number + 1
                        returning last_number""")
                .param("year", year).query(Integer.class).single();
    }

    void insert(StoredReport r, byte[] personKey) {
        jdbc.sql("""
                        insert into feedback_report (report_id, tracking_number, category, status, person_key,
                            person_sealed, text_sealed, province_code, commune_code, venue_code, record_id, record_kind,
                            record_source, submitted_by, created_at, due_at, has_photo)
                        values (:id, :tn, :category, :status, :personKey, :person, :text, :province, :commune, :venue,
                            :recordId, :recordKind, :recordSource, :submittedBy, :createdAt, :dueAt, :hasPhoto)""")
                .param("id", r.reportId()).param("tn", r.trackingNumber()).param("category", r.category().name())
                .param("status", r.status().name()).param("personKey", personKey).param("person", r.personSealed())
                .param("text", r.textSealed()).param("province", r.provinceCode()).param("commune", r.communeCode())
                .param("venue", r.venueCode()).param("recordId", r.recordId()).param("recordKind", r.recordKind())
                .param("recordSource", r.recordSource()).param("submittedBy", r.submittedBy())
                .param("createdAt", Timestamp.from(r.createdAt())).param("dueAt", Timestamp.from(r.dueAt()))
                .param("hasPhoto", r.hasPhoto())
                .update();
    }

    void insertPhoto(UUID reportId, String contentType, byte[] sealed) {
        jdbc.sql("insert into feedback_photo (report_id, content_type, sealed) values (:id, :type, :sealed)")
                .param("id", reportId).param("type", contentType).param("sealed", sealed).update();
    }

    /** Serialises one person's submissions, so that two at once cannot both pass the daily limit. */
    void lockPerson(byte[] personKey) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(encode(:key, 'hex'), 19))").param("key", personKey)
                .query().singleRow();
    }

    int countOfPersonSince(byte[] personKey, Instant since) {
        return jdbc.sql("select count(*) from feedback_report where person_key = :key and created_at >= :since")
                .param("key", personKey).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    List<StoredReport> ofPerson(byte[] personKey) {
        return jdbc.sql("select " + COLUMNS + " from feedback_report r where r.person_key = :key order by r.created_at desc")
                .param("key", personKey).query(FeedbackRepository::report).list();
    }

    Optional<StoredReport> byTrackingNumber(String trackingNumber) {
        return jdbc.sql("select " + COLUMNS + " from feedback_report r where r.tracking_number = :tn")
                .param("tn", trackingNumber).query(FeedbackRepository::report).optional();
    }

    /** Whether the report is the person's: a report of someone else is answered as none. */
    boolean isOfPerson(UUID reportId, byte[] personKey) {
        return jdbc.sql("select exists (select 1 from feedback_report where report_id = :id and person_key = :key)")
                .param("id", reportId).param("key", personKey).query(Boolean.class).single();
    }

    Optional<Photo> photo(UUID reportId) {
        return jdbc.sql("select content_type, sealed from feedback_photo where report_id = :id").param("id", reportId)
                .query((rs, i) -> new Photo(rs.getString("content_type"), rs.getBytes("sealed"))).optional();
    }

    Page queue(QueueFilter filter, long offset, int limit) {
        StringBuilder where = new StringBuilder(" where true");
        var params = new java.util.HashMap<String, Object>();
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            where.append(" and r.status = any(:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.categories() != null) {
            where.append(" and r.category = any(:categories)");
            params.put("categories", filter.categories().stream().map(Enum::name).toArray(String[]::new));
        }
        if (filter.provinces() != null) {
            where.append(" and r.province_code = any(:provinces)");
            params.put("provinces", filter.provinces().toArray(String[]::new));
        }
        if (filter.venueCode() != null) {
            where.append(" and r.venue_code = :venue");
            params.put("venue", filter.venueCode());
        }
        if (filter.assignee() != null) {
            where.append(" and r.assignee = :assignee");
            params.put("assignee", filter.assignee());
        }
        if (filter.overdueOnly()) {
            where.append(" and r.status in ('RECEIVED', 'IN_PROGRESS') and r.due_at < :now");
            params.put("now", Timestamp.from(filter.now()));
        }
        long total = jdbc.sql("select count(*) from feedback_report r" + where).params(params).query(Long.class).single();
        params.put("offset", offset);
        params.put("limit", limit);
        List<StoredReport> items = jdbc.sql("select " + COLUMNS + " from feedback_report r" + where + " order by "
                        + filter.orderBy() + ", r.tracking_number offset :offset limit :limit")
                .params(params).query(FeedbackRepository::report).list();
        return new Page(total, items);
    }

    /** The venue's reports other than {@code except}, newest first. */
    List<StoredReport> ofVenue(String venueCode, UUID except, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from feedback_report r where r.venue_code = :venue and r.report_id <> :except
                        order by r.created_at desc limit :limit""")
                .param("venue", venueCode).param("except", except).param("limit", limit)
                .query(FeedbackRepository::report).list();
    }

    /** @return false when the report is closed, and nothing changed */
    boolean assign(UUID reportId, String assignee) {
        return jdbc.sql("""
                        update feedback_report set assignee = :assignee,
                            status = case when status = 'RECEIVED' then 'IN_PROGRESS' else status end
                        where report_id = :id and status <> 'CLOSED'""")
                .param("id", reportId).param("assignee", assignee).update() == 1;
    }

    boolean forward(UUID reportId, Instant at) {
        return jdbc.sql("""
                        update feedback_report set forwarded_at = coalesce(forwarded_at, :at),
                            status = case when status = 'RECEIVED' then 'IN_PROGRESS' else status end
                        where report_id = :id and status <> 'CLOSED' and record_id is not null""")
                .param("id", reportId).param("at", Timestamp.from(at)).update() == 1;
    }

    boolean answer(UUID reportId, byte[] sealed, String by, Instant at) {
        return jdbc.sql("""
                        update feedback_report set answer_sealed = :answer, answered_by = :by, answered_at = :at,
                            status = 'ANSWERED'
                        where report_id = :id and status <> 'CLOSED'""")
                .param("id", reportId).param("answer", sealed).param("by", by).param("at", Timestamp.from(at))
                .update() == 1;
    }

    boolean close(UUID reportId, Instant at) {
        return jdbc.sql("update feedback_report set status = 'CLOSED', closed_at = :at where report_id = :id and status <> 'CLOSED'")
                .param("id", reportId).param("at", Timestamp.from(at)).update() == 1;
    }

    /** The systems reports were forwarded to, with how many still open and how many they corrected. */
    List<Source> forwardedSources(Collection<String> provinces, Collection<FeedbackCategory> categories) {
        return jdbc.sql("""
                        select record_source, count(*) filter (where status <> 'CLOSED') as open,
                            count(record_corrected_at) as corrected
                        from feedback_report
                        where forwarded_at is not null
                          and (:allProvinces or province_code = any(:provinces))
                          and (:allCategories or category = any(:categories))
                        group by record_source order by record_source""")
                .param("allProvinces", provinces == null).param("provinces", array(provinces))
                .param("allCategories", categories == null)
                .param("categories", categories == null ? new String[0] : categories.stream().map(Enum::name).toArray(String[]::new))
                .query((rs, i) -> new Source(rs.getString("record_source"), rs.getLong("open"), rs.getLong("corrected")))
                .list();
    }

    List<StoredReport> forwardedTo(String source, Collection<String> provinces, Collection<FeedbackCategory> categories) {
        return jdbc.sql("select " + COLUMNS + """
                         from feedback_report r
                        where r.forwarded_at is not null and r.record_source = :source
                          and (:allProvinces or r.province_code = any(:provinces))
                          and (:allCategories or r.category = any(:categories))
                        order by r.forwarded_at, r.tracking_number""")
                .param("source", source).param("allProvinces", provinces == null).param("provinces", array(provinces))
                .param("allCategories", categories == null)
                .param("categories", categories == null ? new String[0] : categories.stream().map(Enum::name).toArray(String[]::new))
                .query(FeedbackRepository::report).list();
    }

    /** Open forwarded reports whose record is not corrected yet: record id and since when a correction counts. */
    Map<UUID, Map.Entry<UUID, Instant>> awaitingCorrection(int limit) {
        Map<UUID, Map.Entry<UUID, Instant>> waiting = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select report_id, record_id, created_at from feedback_report
                        where forwarded_at is not null and record_corrected_at is null and status <> 'CLOSED'
                        order by forwarded_at limit :limit""")
                .param("limit", limit)
                .query((rs, i) -> waiting.put(rs.getObject("report_id", UUID.class), Map.entry(
                        rs.getObject("record_id", UUID.class), rs.getTimestamp("created_at").toInstant())))
                .list();
        return waiting;
    }

    void markCorrected(UUID reportId, Instant at) {
        jdbc.sql("update feedback_report set record_corrected_at = :at where report_id = :id and record_corrected_at is null")
                .param("id", reportId).param("at", Timestamp.from(at)).update();
    }

    int closeAnsweredBefore(Instant before, Instant now) {
        return jdbc.sql("update feedback_report set status = 'CLOSED', closed_at = :now where status = 'ANSWERED' and answered_at < :before")
                .param("before", Timestamp.from(before)).param("now", Timestamp.from(now)).update();
    }

    int deleteClosedBefore(Instant before) {
        return jdbc.sql("delete from feedback_report where closed_at < :before")
                .param("before", Timestamp.from(before)).update();
    }

    List<WeekCount> weekly(Instant from, Instant to, String zone) {
        return jdbc.sql("""
                        select (date_trunc('week', created_at at time zone :zone))::date as week, province_code, category,
                            count(*) as n
                        from feedback_report where created_at >= :from and created_at < :to
                        group by 1, 2, 3 order by 1, 2, 3""")
                .param("zone", zone).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, i) -> new WeekCount(rs.getObject("week", java.time.LocalDate.class),
                        rs.getString("province_code"), FeedbackCategory.valueOf(rs.getString("category")), rs.getLong("n")))
                .list();
    }

    /** The categories an app is limited to; empty when it is not. */
    List<FeedbackCategory> categoriesOf(UUID appId) {
        return jdbc.sql("select categories from feedback_app_categories where app_id = :id").param("id", appId)
                .query((rs, i) -> strings(rs.getArray("categories"))).optional().orElse(List.of())
                .stream().map(FeedbackCategory::valueOf).toList();
    }

    void setCategories(UUID appId, List<FeedbackCategory> categories) {
        if (categories.isEmpty()) {
            jdbc.sql("delete from feedback_app_categories where app_id = :id").param("id", appId).update();
            return;
        }
        jdbc.sql("""
                        insert into feedback_app_categories (app_id, categories) values (:id, :categories)
                        on conflict (app_id) do update set categories = excluded.categories""")
                .param("id", appId).param("categories", categories.stream().map(Enum::name).toArray(String[]::new))
                .update();
    }

    private static String[] array(Collection<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        List<String> values = new ArrayList<>();
        if (array != null) {
            for (Object value : (Object[]) array.getArray()) {
                values.add((String) value);
            }
        }
        return values;
    }

    private static StoredReport report(ResultSet rs, int row) throws SQLException {
        return new StoredReport(rs.getObject("report_id", UUID.class), rs.getString("tracking_number"),
                FeedbackCategory.valueOf(rs.getString("category")), FeedbackStatus.valueOf(rs.getString("status")),
                rs.getBytes("person_sealed"), rs.getBytes("text_sealed"), rs.getBytes("answer_sealed"),
                rs.getString("province_code"), rs.getString("commune_code"), rs.getString("venue_code"),
                rs.getObject("record_id", UUID.class), rs.getString("record_kind"), rs.getString("record_source"),
                rs.getObject("submitted_by", UUID.class), instant(rs, "created_at"), instant(rs, "due_at"),
                rs.getString("assignee"), instant(rs, "forwarded_at"), instant(rs, "record_corrected_at"),
                instant(rs, "answered_at"), rs.getString("answered_by"), instant(rs, "closed_at"),
                rs.getBoolean("has_photo"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
