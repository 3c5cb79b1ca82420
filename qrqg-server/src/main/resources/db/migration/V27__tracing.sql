-- Exposure tracing (docs/tracing.md): confirmed cases (F0) reported by the health authorities'
-- systems, and the alerts (F1, F2) their tracing gave. Both are personal health data: a case's
-- person is sealed, and an alert names its person only by an HMAC that finds their alerts and
-- names nobody without the key. Dropped whole past the retention (30 days).
create table tracing_case (
    case_id          uuid        primary key,
    -- the reporting system's own id of the case: a replay finds the case it already made
    source_id        text        not null unique,
    -- the app that reported it: the only one that may withdraw it
    reported_by      uuid        not null,
    -- HMAC-SHA-256 (first 16 bytes) of the person's registry document number: tells a replay of
    -- the same person from another, and keeps the case's own person out of its contacts
    person_key       bytea       not null,
    -- the person as check-ins name them (registry document number, QID if any), AES-256-GCM
    -- under the key-encryption key, bound to case_id
    person_sealed    bytea       not null,
    sampled_at       timestamptz not null,
    confirmed_at     timestamptz not null,
    symptom_onset    timestamptz,
    -- the infectious window: from a setting's time before the earlier of sample and onset, to confirmedAt
    infectious_from  timestamptz not null,
    reported_at      timestamptz not null default now(),
    traced_at        timestamptz,
    withdrawn_at     timestamptz
);
create index tracing_case_reported on tracing_case (reported_at);

create table tracing_alert (
    alert_id       uuid        primary key,
    case_id        uuid        not null references tracing_case on delete cascade,
    -- HMAC-SHA-256 (first 16 bytes) of the person as check-ins name them (QID or document number)
    person_key     bytea       not null,
    level          text        not null check (level in ('F1', 'F2')),
    reason         text        not null check (reason in ('VENUE', 'TRAVEL')),
    venue_code     text,
    vehicle_number text,
    -- the overlap of presence, rounded outward to the alerts' rounding (15 minutes)
    exposed_from   timestamptz not null,
    exposed_to     timestamptz not null,
    issued_at      timestamptz not null default now(),
    check ((reason = 'VENUE') = (venue_code is not null)),
    -- tracing a case again (a restart, a late upload) adds only what it did not find before
    unique nulls not distinct (case_id, person_key, level, reason, venue_code, vehicle_number, exposed_from)
);
create index tracing_alert_person on tracing_alert (person_key, issued_at desc);
create index tracing_alert_case on tracing_alert (case_id);
