-- Vaccinations, tests and recoveries pushed by the national health systems (docs/covid-card.md).
-- Sensitive health data: nothing here says whose a record is or what it says without the health
-- data key, which is kept sealed under the key-encryption key (SECURITY.md).
create table health_record (
    id          uuid        primary key,
    kind        text        not null check (kind in ('VACCINATION', 'TEST', 'RECOVERY')),
    -- the source system's own id of the record: a replay finds the record it already made
    source_id   text        not null,
    -- HMAC-SHA-256 (first 16 bytes) of the person's registry document number under the data key:
    -- finds a person's records, and names nobody without the key
    person_key  bytea       not null,
    -- the record's content as JSON, AES-256-GCM under the data key, bound to the row's id
    content     bytea       not null,
    -- the client_id of the system that pushed it, or 'reference-seed'
    pushed_by   text        not null,
    pushed_at   timestamptz not null default now(),
    unique (kind, source_id)
);

create index health_record_person_key on health_record (person_key);

-- The one data key of the health records (32 bytes for the HMAC, then 32 for AES), created by the
-- first instance that starts, sealed under the platform's key-encryption key.
create table health_data_key (
    id         smallint    primary key check (id = 1),
    sealed     bytea       not null,
    created_at timestamptz not null default now()
);
