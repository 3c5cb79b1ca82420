-- Venues: registration confirmed by the owner's one-time code, the venues, their staff scanners.

-- A registration waiting for its one-time code (or done with it). Deleted a day after it was
-- made, whatever came of it: the venue keeps what it needs.
create table venues_registration (
    registration_id uuid        primary key,
    name            text        not null check (length(name) between 1 and 200),
    type            text        not null,
    province_code   text        not null,
    commune_code    text        not null,
    address         text        not null check (length(address) between 1 and 300),
    owner_name      text        not null check (length(owner_name) between 1 and 100),
    -- national form: 0912345678
    owner_phone     text        not null,
    -- SHA-256 over the registration id and the 6-digit code; never the code
    code_hash       bytea       not null,
    code_expires_at timestamptz not null,
    failed_attempts integer     not null default 0,
    -- CLOSED: too many wrong codes
    status          text        not null check (status in ('PENDING', 'CONFIRMED', 'CLOSED')),
    venue_code      text,
    created_at      timestamptz not null default now()
);

-- registrations per phone and hour; and the daily clean-up
create index venues_registration_phone on venues_registration (owner_phone, created_at);
create index venues_registration_created on venues_registration (created_at);

create table venues_venue (
    -- FORMATS.md §2: 8 random Crockford base32 characters and a Luhn mod 32 check character
    venue_code       text        primary key check (venue_code ~ '^[0-9A-HJKMNP-TV-Z]{9}$'),
    name             text        not null check (length(name) between 1 and 200),
    type             text        not null check (type in ('shop', 'restaurant', 'market', 'office', 'school',
                                                          'hospital', 'transport', 'checkpoint', 'other')),
    province_code    text        not null,
    commune_code     text        not null,
    address          text        not null check (length(address) between 1 and 300),
    owner_name       text        not null,
    owner_phone      text        not null,
    -- hex SHA-256 of the owner token (256 random bits, shown once); never the token
    owner_token_hash text        not null unique,
    status           text        not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
    registration_id  uuid        not null unique,
    created_at       timestamptz not null default now()
);

-- A staff member's scanner credential: a client in clients_app bound to the venue.
create table venues_staff (
    staff_id   uuid        primary key,
    venue_code text        not null references venues_venue (venue_code),
    name       text        not null check (length(name) between 1 and 100),
    phone      text        not null,
    app_id     uuid        not null unique,
    client_id  text        not null,
    created_at timestamptz not null default now(),
    -- set when the owner removed them; the credential is revoked then
    removed_at timestamptz
);

create index venues_staff_current on venues_staff (venue_code, created_at) where removed_at is null;

-- The clients capability learns which venue a staff scanner belongs to (null for other clients).
alter table clients_app add column venue_code text;
create index clients_app_venue on clients_app (venue_code) where venue_code is not null;
