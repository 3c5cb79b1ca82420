-- The change feed (issue 21, docs/feed.md). A change is written to feed_pending in the
-- transaction that makes it, so that it commits with the change or not at all; the sequencer,
-- one at a time across instances (an advisory lock), moves what is pending into feed_item, one row
-- per app that is to see it, numbered in the order of its own commits: an app reading by seq
-- never skips a row that commits later with a lower number.
create table feed_pending (
    id           bigserial   primary key,
    event_id     uuid        not null,
    type         text        not null,
    -- the person it is about; null for a risk level
    qid          text,
    -- the commune (5 digits) or province (2 digits) of a risk level
    area_code    text,
    -- the one app it is for (HOLDER_REVOKED); null when its readers are found from the holders
    app_id       uuid,
    at           timestamptz not null,
    -- the item's data, JSON, sealed (AES-256-GCM) with the event id as associated data
    data_sealed  bytea       not null
);

create table feed_item (
    seq          bigserial   primary key,
    app_id       uuid        not null,
    event_id     uuid        not null,
    type         text        not null,
    qid          text,
    at           timestamptz not null,
    data_sealed  bytea       not null,
    written_at   timestamptz not null default now()
);

create index feed_item_app on feed_item (app_id, seq);
create index feed_item_written on feed_item (written_at);

-- the commune the registry gave for the person when the token was issued: whose apps hear of a
-- commune's risk level (null for tokens issued before, and for people the registry placed nowhere)
alter table holders_token add column commune_code text;
create index holders_token_commune on holders_token (commune_code) where revoked_at is null;
