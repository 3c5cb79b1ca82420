-- Health declarations: what a person declared of their health (symptoms, contact with a confirmed
-- case, places visited in the last 14 days). Kept for qrqg.declarations.retention (30 days,
-- Regulation 733): one partition per UTC day of declaration (declarations_health_pYYYYMMDD),
-- created ahead and dropped whole once expired by the platform (vn.qrqg.declarations).
create table declarations_health (
    id                          uuid        not null,
    -- when the platform received it: the partition key, and what the retention counts from
    declared_at                 timestamptz not null,
    -- the person it declares for
    qid                         text        not null,
    -- HOLDER_APP: the person's app, with their holder token; VENUE_STAFF: a venue controller for a
    -- visitor without a phone (the columns naming the venue and its staff member come with venue
    -- staff credentials)
    declared_by                 text        not null check (declared_by in ('HOLDER_APP', 'VENUE_STAFF')),
    -- the app that sent it (clients_app) and its OAuth2 client_id
    app_id                      uuid        not null,
    client_id                   text        not null,
    -- names of vn.qrqg.declarations.Symptom, e.g. {FEVER,COUGH}; empty: none
    symptoms                    text[]      not null,
    contact_with_confirmed_case boolean     not null,
    -- what the person said of that contact; only with one
    contact_details             text,
    -- [{"provinceCode":"01","communeCode":"00004","description":"…"}]; communeCode and description may be null
    places_visited              jsonb       not null,
    -- a partitioned table's keys must hold its partition key
    primary key (id, declared_at),
    check (contact_details is null or contact_with_confirmed_case)
) partition by range (declared_at);

-- the person's own list and the health officers' query by person, newest first
create index declarations_health_person on declarations_health (qid, declared_at desc);
