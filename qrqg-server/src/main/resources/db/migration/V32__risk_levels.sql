-- The risk map (docs/risk.md): Resolution 128's four levels for every commune and province,
-- computed from the platform's own data. Only aggregates leave it; the levels are kept as history.

-- Health: each vaccinated person's coverage facts, kept up to date as vaccinations are stored, so
-- that a commune's coverage is one grouped read rather than every sealed record opened. Named by
-- the same HMAC as their records; no name, no number.
create table health_vaccination_status (
    person_key    bytea    primary key,
    -- the commune of their permanent address when their newest vaccination was stored; null when unknown
    commune_code  text,
    birth_year    smallint not null,
    first_dose_on date     not null,
    -- the day the primary series was complete (a single-dose product completes it alone); null: not yet
    completed_on  date
);

-- Tracing: the commune of a case's permanent address, from the registry, for cases per commune
-- and week. Null for cases stored before this column existed, or of no known commune.
alter table tracing_case add column commune_code text;
create index tracing_case_sampled on tracing_case (sampled_at);

-- The criteria that turn cases, coverage and capacity into a level: one timeline for the country
-- ('VN'), and one for each province that adopts its own. Public facts, not personal data.
create table risk_criteria (
    scope          text        not null check (scope = 'VN' or scope ~ '^[0-9]{2}$'),
    version        int         not null,
    effective_from date        not null,
    definition     jsonb       not null,
    uploaded_at    timestamptz not null,
    -- the operator's client_id; null for the versions the platform ships
    uploaded_by    text,
    primary key (scope, version)
);

-- Treatment capacity as a province's officials enter it: the newest entry in force applies.
create table risk_capacity (
    province_code  text        not null,
    effective_from date        not null,
    met            boolean     not null,
    note           text,
    entered_at     timestamptz not null,
    entered_by     text        not null
);
create index risk_capacity_province on risk_capacity (province_code, effective_from, entered_at);

-- Levels a province declared for a commune, by decision: the newest declaration in force applies;
-- one with a null level lifts the one before.
create table risk_declaration (
    declaration_id  uuid        primary key,
    commune_code    text        not null,
    province_code   text        not null,
    level           smallint    check (level between 1 and 4),
    reason          text,
    decision_number text,
    effective_from  date        not null,
    declared_at     timestamptz not null,
    declared_by     text        not null,
    check ((level is null) = (reason is null) and (level is null) = (decision_number is null))
);
create index risk_declaration_commune on risk_declaration (commune_code, effective_from, declared_at);

-- The computed levels of each day, for provinces (2-digit code) and communes (5-digit code).
create table risk_level (
    assessed_on    date        not null,
    code           text        not null,
    -- null: no population to assess
    computed_level smallint    check (computed_level between 1 and 4),
    -- since when the computed level has been the same, day after day
    computed_since date        not null,
    cases          int         not null,
    population     bigint      not null,
    -- each coverage measure of the criteria: what it asks, the people it counts and the share reached
    coverage       jsonb       not null,
    capacity_met   boolean,
    criteria       text        not null,
    computed_at    timestamptz not null,
    primary key (assessed_on, code)
);
create index risk_level_code on risk_level (code, assessed_on);
