-- Citizens' feedback (docs/feedback.md): a person's report of a problem, the province's answer.

-- The last tracking number given in each year (Vietnam time): PA-2026-000123 is 123 of 2026.
create table feedback_counter (
    year        integer primary key,
    last_number integer not null
);

create table feedback_report (
    report_id           uuid        primary key,
    tracking_number     text        not null unique,
    category            text        not null check (category in ('WRONG_PERSONAL_DATA', 'WRONG_HEALTH_RECORD',
                            'WRONG_COVID_CARD', 'VENUE_NOT_COMPLYING', 'APP_PROBLEM', 'OTHER')),
    status              text        not null check (status in ('RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED')),
    -- first 16 bytes of HMAC-SHA-256 of the person's QID: finds their reports, names nobody without the key
    person_key          bytea       not null,
    -- the person ({qid, documentNumber}), the text and the answer: AES-256-GCM, bound to the report
    person_sealed       bytea       not null,
    text_sealed         bytea       not null,
    answer_sealed       bytea,
    -- where it belongs: the venue's province, else the commune's, else the person's; null when none is known
    province_code       text,
    commune_code        text,
    venue_code          text,
    -- a health record it is about: the record, its kind, and the client_id of the system that pushed it
    record_id           uuid,
    record_kind         text,
    record_source       text,
    submitted_by        uuid        not null,
    created_at          timestamptz not null,
    due_at              timestamptz not null,
    assignee            text,
    forwarded_at        timestamptz,
    record_corrected_at timestamptz,
    answered_at         timestamptz,
    answered_by         text,
    closed_at           timestamptz,
    has_photo           boolean     not null default false
);

create index feedback_report_person on feedback_report (person_key, created_at desc);
create index feedback_report_queue on feedback_report (province_code, due_at);
create index feedback_report_venue on feedback_report (venue_code, created_at desc) where venue_code is not null;
create index feedback_report_forwarded on feedback_report (record_source) where forwarded_at is not null;
create index feedback_report_closed on feedback_report (closed_at) where closed_at is not null;
create index feedback_report_answered on feedback_report (answered_at) where status = 'ANSWERED';

-- A report's photo, encoded again on the server (no metadata), sealed like the text.
create table feedback_photo (
    report_id    uuid  primary key references feedback_report (report_id) on delete cascade,
    content_type text  not null check (content_type in ('image/jpeg', 'image/png')),
    sealed       bytea not null
);

-- The categories an official's app (scope feedback:handle) is limited to; no row: every category.
create table feedback_app_categories (
    app_id     uuid   primary key,
    categories text[] not null
);
