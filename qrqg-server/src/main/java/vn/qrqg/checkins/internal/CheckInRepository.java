package vn.qrqg.checkins.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.platform.database.ReplicaReads;
import org.springframework.stereotype.Repository;
import vn.qrqg.checkins.Direction;
import vn.qrqg.codec.venue.VenueCode;
import vn.qrqg.platform.database.CopyRows;

/**
 * The table {@code checkins_event}. Every query names the UTC days it reads ({@code occurred_day},
 * the partition key), so that PostgreSQL reads only those days' partitions.
 */
@Repository
class CheckInRepository {
    /** An offline event's identity: with the venue, the unique key of {@code checkins_event}. */
    record Key(String readerId, long sequence, LocalDate day) {
    }

    /** An offline event to store. */
    record NewEvent(Key key, Instant occurredAt, Direction direction, String person) {
    }

    /** What is stored under a key: enough to tell a replay from a reused sequence number. */
    record Stored(Key key, Instant occurredAt, Direction direction) {
    }

    /** A check-in as the venue's history lists it. */
    record Row(long id, Instant occurredAt, Direction direction, String person, String source) {
    }

    /** A person's check-in, for pairing visits. */
    record PersonCheckIn(String person, Visits.CheckIn checkIn) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    /**
     * The history pages' reads (a venue's day, a person's own list): from the read replica when
     * there is one, so they may lag by its lag (docs/operations.md, "Read replicas"). What a
     * check-in reads before it writes stays on {@link #jdbc}, the primary.
     */
    private final JdbcClient history;

    CheckInRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ReplicaReads replica) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.history = replica.jdbc();
    }

    static LocalDate dayOf(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    /** An online check-in (the visitor's app or a staff scanner); committed when this returns. */
    long insertOnline(VenueCode venue, Instant at, Direction direction, String person, String source, String clientId) {
        return jdbc.sql("""
                        insert into checkins_event (venue_code, occurred_at, occurred_day, direction, person, source, client_id)
                        values (:venue, :at, :day, :direction, :person, :source, :client)
                        returning id""")
                .param("venue", venue.value()).param("at", at.atOffset(ZoneOffset.UTC)).param("day", dayOf(at))
                .param("direction", direction.name()).param("person", person).param("source", source)
                .param("client", clientId)
                .query(Long.class).single();
    }

    /**
     * Stores the events whose key is not stored yet (durable when this returns); the keys it stored.
     * A key stored meanwhile by another upload is skipped, not an error: the unique index decides,
     * whoever comes first. The caller looked the keys up just before, so they are almost always
     * new: they are copied in one COPY, a tenth cheaper for PostgreSQL than an insert that checks
     * each key first (docs/benchmarks.md, session 11); only when another upload stored one of them
     * in between does the COPY fail whole, and the batch goes in again with {@code ON CONFLICT DO NOTHING}.
     */
    List<Key> insertBatch(VenueCode venue, String clientId, List<NewEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        CopyRows rows = new CopyRows("checkins_event", List.of("venue_code", "occurred_at", "occurred_day",
                "direction", "person", "source", "client_id", "reader_id", "sequence"));
        for (NewEvent event : events) {
            rows.add(venue.value()).add(event.occurredAt()).add(event.key().day()).add(event.direction().name())
                    .add(event.person()).add("READER").add(clientId).add(event.key().readerId())
                    .add(event.key().sequence()).endRow();
        }
        try {
            rows.copyInto(jdbcTemplate);
            return events.stream().map(NewEvent::key).toList();
        } catch (DuplicateKeyException raced) {
            return insertUnlessStored(venue, clientId, events);
        }
    }

    /** As {@link #insertBatch}, key by key: one statement that skips the keys stored already. */
    private List<Key> insertUnlessStored(VenueCode venue, String clientId, List<NewEvent> events) {
        return jdbc.sql("""
                        insert into checkins_event (venue_code, occurred_at, occurred_day, direction, person, source,
                                                    client_id, reader_id, sequence)
                        select :venue, e.occurred_at, e.occurred_day, e.direction, e.person, 'READER', :client,
                               e.reader_id, e.sequence
                        from unnest(:occurred::timestamptz[], :days::date[], :directions::text[], :people::text[],
                                    :readers::text[], :sequences::bigint[])
                            as e(occurred_at, occurred_day, direction, person, reader_id, sequence)
                        on conflict (venue_code, reader_id, sequence, occurred_day) do nothing
                        returning reader_id, sequence, occurred_day""")
                .param("venue", venue.value()).param("client", clientId)
                .param("occurred", events.stream().map(e -> e.occurredAt().toString()).toArray(String[]::new))
                .param("days", events.stream().map(e -> e.key().day().toString()).toArray(String[]::new))
                .param("directions", events.stream().map(e -> e.direction().name()).toArray(String[]::new))
                .param("people", events.stream().map(NewEvent::person).toArray(String[]::new))
                .param("readers", events.stream().map(e -> e.key().readerId()).toArray(String[]::new))
                .param("sequences", events.stream().map(e -> e.key().sequence()).toArray(Long[]::new))
                .query((row, i) -> key(row)).list();
    }

    /**
     * What is stored under these keys at this venue: one query per reader and day (a batch is
     * mostly one reader's, over a day or two), each a probe of the unique index's leading columns
     * with the sequence numbers in one array, in that day's partition only. A join of the keys
     * with the table instead let the planner read every event of the venue's day once the day had
     * a million rows (seconds per batch).
     */
    List<Stored> find(VenueCode venue, Collection<Key> keys) {
        Map<String, Map<LocalDate, List<Long>>> byReaderAndDay = new LinkedHashMap<>();
        keys.forEach(key -> byReaderAndDay.computeIfAbsent(key.readerId(), reader -> new LinkedHashMap<>())
                .computeIfAbsent(key.day(), day -> new ArrayList<>()).add(key.sequence()));
        List<Stored> stored = new ArrayList<>();
        byReaderAndDay.forEach((reader, days) -> days.forEach((day, sequences) -> stored.addAll(jdbc.sql("""
                        select reader_id, sequence, occurred_day, occurred_at, direction from checkins_event
                        where venue_code = :venue and reader_id = :reader and occurred_day = :day
                          and sequence = any(:sequences::bigint[])""")
                .param("venue", venue.value()).param("reader", reader).param("day", day)
                .param("sequences", sequences.toArray(Long[]::new))
                .query((row, i) -> new Stored(key(row), instant(row, "occurred_at"),
                        Direction.valueOf(row.getString("direction"))))
                .list())));
        return stored;
    }

    /** The check-ins at this venue in {@code [from, to)}, of one direction or both, oldest first (a history page: replica). */
    List<Row> page(VenueCode venue, Instant from, Instant to, Direction direction, int offset, int limit) {
        return history.sql("""
                        select id, occurred_at, direction, person, source from checkins_event
                        where venue_code = :venue and occurred_at >= :from and occurred_at < :to
                          and occurred_day between :firstDay and :lastDay
                          and (cast(:direction as text) is null or direction = :direction)
                        order by occurred_at, id
                        limit :limit offset :offset""")
                .params(window(venue, from, to)).param("direction", direction == null ? null : direction.name())
                .param("limit", limit).param("offset", offset)
                .query((row, i) -> new Row(row.getLong("id"), instant(row, "occurred_at"),
                        Direction.valueOf(row.getString("direction")), row.getString("person"), row.getString("source")))
                .list();
    }

    /**
     * Check-ins in {@code [from, to)} by whole hour from {@code from} and direction: rows of {hour
     * (0 for the hour starting at {@code from}), direction, count}. The hours are binned by
     * arithmetic on the instant ({@code date_bin}), not by converting each check-in to a time
     * zone, which took twice as long for a venue with tens of thousands a day.
     */
    List<Object[]> countsByHour(VenueCode venue, Instant from, Instant to) {
        return history.sql("""
                        select date_bin('1 hour', occurred_at, :from) as hour_start, direction, count(*) as n
                        from checkins_event
                        where venue_code = :venue and occurred_at >= :from and occurred_at < :to
                          and occurred_day between :firstDay and :lastDay
                        group by 1, 2""")
                .params(window(venue, from, to))
                .query((row, i) -> new Object[] {
                        (int) Duration.between(from, instant(row, "hour_start")).toHours(),
                        Direction.valueOf(row.getString("direction")), row.getLong("n")})
                .list();
    }

    /** These people's check-ins at this venue in {@code [from, to)}, as they are now (primary): a check-in's own pairing. */
    List<PersonCheckIn> ofPeople(VenueCode venue, Collection<String> people, Instant from, Instant to) {
        return ofPeople(jdbc, venue, people, from, to);
    }

    /** The same for a history page, from the replica: what the page's visits are paired from. */
    List<PersonCheckIn> ofPeopleForHistory(VenueCode venue, Collection<String> people, Instant from, Instant to) {
        return ofPeople(history, venue, people, from, to);
    }

    private static List<PersonCheckIn> ofPeople(JdbcClient from, VenueCode venue, Collection<String> people,
            Instant start, Instant end) {
        if (people.isEmpty()) {
            return List.of();
        }
        return from.sql("""
                        select id, person, occurred_at, direction from checkins_event
                        where person = any(:people::text[]) and venue_code = :venue
                          and occurred_at >= :from and occurred_at < :to
                          and occurred_day between :firstDay and :lastDay""")
                .params(window(venue, start, end)).param("people", people.toArray(String[]::new))
                .query((row, i) -> new PersonCheckIn(row.getString("person"), new Visits.CheckIn(row.getLong("id"),
                        instant(row, "occurred_at"), Direction.valueOf(row.getString("direction")))))
                .list();
    }

    /** A check-in as tracing reads it: whose, where, when, which way. */
    record Presence(long id, String person, String venueCode, Instant occurredAt, Direction direction) {
    }

    /** These people's check-ins anywhere in {@code [from, to)} (the person and time index). */
    List<Presence> ofPeopleAnywhere(Collection<String> people, Instant from, Instant to) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, person, venue_code, occurred_at, direction from checkins_event
                        where person = any(:people::text[]) and occurred_at >= :from and occurred_at < :to
                          and occurred_day between :firstDay and :lastDay""")
                .param("people", people.toArray(String[]::new)).param("from", from.atOffset(ZoneOffset.UTC))
                .param("to", to.atOffset(ZoneOffset.UTC)).param("firstDay", dayOf(from))
                .param("lastDay", dayOf(to.minusNanos(1)))
                .query((row, i) -> presence(row)).list();
    }

    /** A venue and an interval {@code [from, to)} at it. */
    record VenueWindow(VenueCode venue, Instant from, Instant to) {
    }

    /**
     * Everyone's check-ins at each window's venue in its interval, in the windows' order: one
     * query, the venue and time index probed once a window (a nested loop over them).
     */
    List<List<Presence>> atVenues(List<VenueWindow> windows) {
        List<List<Presence>> found = new ArrayList<>(windows.size());
        windows.forEach(window -> found.add(new ArrayList<>()));
        if (windows.isEmpty()) {
            return found;
        }
        Instant first = windows.stream().map(VenueWindow::from).min(Instant::compareTo).orElseThrow();
        Instant last = windows.stream().map(VenueWindow::to).max(Instant::compareTo).orElseThrow();
        jdbc.sql("""
                        select w.position, e.id, e.person, e.venue_code, e.occurred_at, e.direction
                        from unnest(:venues::text[], :froms::timestamptz[], :tos::timestamptz[]) with ordinality
                            as w(venue_code, from_at, to_at, position)
                        join checkins_event e on e.venue_code = w.venue_code and e.occurred_at >= w.from_at
                                              and e.occurred_at < w.to_at
                        where e.occurred_day between :firstDay and :lastDay""")
                .param("venues", windows.stream().map(window -> window.venue().value()).toArray(String[]::new))
                .param("froms", windows.stream().map(window -> window.from().toString()).toArray(String[]::new))
                .param("tos", windows.stream().map(window -> window.to().toString()).toArray(String[]::new))
                .param("firstDay", dayOf(first)).param("lastDay", dayOf(last.minusNanos(1)))
                .query((row, i) -> {
                    found.get(row.getInt("position") - 1).add(presence(row));
                    return null;
                }).list();
        return found;
    }

    private static Presence presence(ResultSet row) throws SQLException {
        return new Presence(row.getLong("id"), row.getString("person"), row.getString("venue_code"),
                instant(row, "occurred_at"), Direction.valueOf(row.getString("direction")));
    }

    /** A person's own check-in, as their list shows it. */
    record OwnRow(long id, Instant occurredAt, Direction direction, String venueCode, String source) {
    }

    /** This person's check-ins since {@code from}, newest first (their list: replica). */
    List<OwnRow> ofPerson(String person, Instant from, long offset, int limit) {
        return history.sql("""
                        select id, occurred_at, direction, venue_code, source from checkins_event
                        where person = :person and occurred_at >= :from and occurred_day >= :firstDay
                        order by occurred_at desc, id desc
                        limit :limit offset :offset""")
                .param("person", person).param("from", from.atOffset(ZoneOffset.UTC)).param("firstDay", dayOf(from))
                .param("limit", limit).param("offset", offset)
                .query((row, i) -> new OwnRow(row.getLong("id"), instant(row, "occurred_at"),
                        Direction.valueOf(row.getString("direction")), row.getString("venue_code"), row.getString("source")))
                .list();
    }

    long countOfPerson(String person, Instant from) {
        return history.sql("select count(*) from checkins_event where person = :person and occurred_at >= :from "
                        + "and occurred_day >= :firstDay")
                .param("person", person).param("from", from.atOffset(ZoneOffset.UTC)).param("firstDay", dayOf(from))
                .query(Long.class).single();
    }

    private static java.util.Map<String, Object> window(VenueCode venue, Instant from, Instant to) {
        return java.util.Map.of("venue", venue.value(), "from", from.atOffset(ZoneOffset.UTC),
                "to", to.atOffset(ZoneOffset.UTC), "firstDay", dayOf(from), "lastDay", dayOf(to.minusNanos(1)));
    }

    private static Key key(ResultSet row) throws SQLException {
        return new Key(row.getString("reader_id"), row.getLong("sequence"),
                row.getObject("occurred_day", LocalDate.class));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }
}
