-- Check-ins: every entry and exit at a venue, from the visitor's app, a staff scanner or an
-- offline reader's batch. Append-only; one partition per UTC day of occurred_day
-- (checkins_event_pYYYYMMDD), created ahead by the platform (DailyPartitions) and dropped whole
-- once older than the retention (qrqg.checkins.retention, Regulation 733).
create table checkins_event (
    -- the order of writing, to page stably among check-ins of the same instant
    id           bigserial   not null,
    venue_code   text        not null,
    -- when it happened, as the scanner or reader says (the server's clock for online check-ins)
    occurred_at  timestamptz not null,
    -- the UTC day of occurred_at: the partition key, and part of an offline event's identity, so
    -- that the unique key below can hold it (a unique index on a partitioned table must contain
    -- the partition key column itself, not an expression of it)
    occurred_day date        not null check (occurred_day = (occurred_at at time zone 'UTC')::date),
    direction    text        not null check (direction in ('IN', 'OUT')),
    -- who: the QID (18 digits), or the registry document number (CCCD, CMND, passport) of someone
    -- identified by their card without a QID; never the scanned text
    person       text        not null,
    -- SELF: the visitor's app; STAFF: a staff scanner online; READER: an offline reader's batch
    source       text        not null check (source in ('SELF', 'STAFF', 'READER')),
    -- the OAuth2 client that reported it (the visitor's app or the staff scanner)
    client_id    text        not null,
    -- an offline reader's id and its own sequence number; null for online check-ins
    reader_id    text,
    sequence     bigint,
    received_at  timestamptz not null default now(),
    check ((reader_id is null) = (sequence is null))
) partition by range (occurred_day);

-- Exactly once for offline readers: an event is (venue, reader, sequence, UTC day). A replayed
-- or overlapping batch hits this key and stores nothing (INSERT ... ON CONFLICT DO NOTHING).
-- Online check-ins have no reader: nulls never conflict.
create unique index checkins_event_reader_key on checkins_event (venue_code, reader_id, sequence, occurred_day);
-- the venue's history of a day
create index checkins_event_venue_time on checkins_event (venue_code, occurred_at);
-- a person's check-ins over time: visit pairing now, exposure tracing later
create index checkins_event_person_time on checkins_event (person, occurred_at);
