-- Domestic travel declarations: from and to (official province and commune codes), transport,
-- vehicle, seat, departure and arrival. Kept for qrqg.declarations.retention (30 days,
-- Regulation 733): one partition per UTC day of declaration (declarations_travel_pYYYYMMDD),
-- created ahead and dropped whole once expired by the platform (vn.qrqg.declarations).
create table declarations_travel (
    id                 uuid        not null,
    -- when the platform received it: the partition key, and what the retention counts from
    declared_at        timestamptz not null,
    -- the person it declares for
    qid                text        not null,
    -- HOLDER_APP or VENUE_STAFF, as in declarations_health
    declared_by        text        not null check (declared_by in ('HOLDER_APP', 'VENUE_STAFF')),
    -- the app that sent it (clients_app) and its OAuth2 client_id
    app_id             uuid        not null,
    client_id          text        not null,
    -- official codes of the current structure; each commune is one of its province's
    from_province_code text        not null,
    from_commune_code  text        not null,
    to_province_code   text        not null,
    to_commune_code    text        not null,
    -- a name of vn.qrqg.declarations.Transport: AIRPLANE, TRAIN, COACH, BUS, CAR, MOTORBIKE, SHIP, OTHER
    transport          text        not null,
    -- as declared, e.g. 'VN 123', '51B-123.45'
    vehicle_number     text        not null,
    -- what queries match: upper case, without spaces, dashes, dots or diacritics, e.g. VN123, 51B12345
    vehicle_key        text        not null,
    seat               text,
    departure_at       timestamptz not null,
    -- null when not declared: the travel then counts on its departure's day only
    arrival_at         timestamptz,
    primary key (id, declared_at),
    check (arrival_at is null or arrival_at > departure_at)
) partition by range (declared_at);

-- the person's own list and the health officers' query by person, newest first
create index declarations_travel_person on declarations_travel (qid, declared_at desc);
-- the health officers' query by vehicle and day: the vehicle, then departures before the day's end
create index declarations_travel_vehicle on declarations_travel (vehicle_key, departure_at);
