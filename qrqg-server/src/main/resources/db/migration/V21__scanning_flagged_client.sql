-- Scanner credentials that went past their hourly quota of distinct people scanned (an oracle
-- probing the registry, or a leaked credential), for operators: one row per credential and clock
-- hour, written by the first instance that refused it in that hour (each instance counts on its
-- own, in memory; docs/api.md). Read at GET /api/v1/admin/scan-quotas/flagged.
create table scanning_flagged_client (
    -- the OAuth2 client_id and its app in clients_app
    client_id        text        not null,
    app_id           uuid        not null,
    -- the venue of a staff scanner; null for any other client
    venue_code       text,
    -- the scopes of the refused call, e.g. {checkin:venue}
    scopes           text[]      not null,
    -- the clock hour (UTC) it went past its quota in, and the quota then
    window_start     timestamptz not null,
    people_per_hour  integer     not null,
    -- when the first scan past the quota was refused
    first_refused_at timestamptz not null,
    primary key (client_id, window_start)
);

-- operators read the newest first
create index scanning_flagged_client_refused on scanning_flagged_client (first_refused_at desc);
