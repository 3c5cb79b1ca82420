-- Push and NATS for the change feed (issue 21, docs/feed.md). An app's HTTPS endpoint, at most
-- one, with its own cursor into the app's feed_item rows: what was delivered with a 2xx.
create table feed_endpoint (
    app_id           uuid        primary key,
    url              text        not null,
    -- the HMAC key of the deliveries' signatures, sealed (AES-256-GCM) with the app id as associated data
    secret_sealed    bytea       not null,
    -- the last feed_item.seq delivered
    cursor           bigint      not null,
    -- ACTIVE, or PAUSED after too many consecutive failures until the app resumes it
    state            text        not null,
    failures         integer     not null default 0,
    next_attempt_at  timestamptz not null default now(),
    -- what the last failure was (an HTTP status or an exception's class), never a body
    last_error       text,
    last_failure_at  timestamptz,
    last_success_at  timestamptz,
    -- the delivery under way, one at a time across instances: whoever set it until leased_until
    lease            uuid,
    leased_until     timestamptz,
    created_at       timestamptz not null default now()
);

create index feed_endpoint_due on feed_endpoint (next_attempt_at) where state = 'ACTIVE';

-- how far the feed was published to NATS JetStream: every feed_item up to this seq (one row)
create table feed_nats_cursor (
    id             smallint    primary key check (id = 1),
    published_seq  bigint      not null,
    published_at   timestamptz not null default now()
);
