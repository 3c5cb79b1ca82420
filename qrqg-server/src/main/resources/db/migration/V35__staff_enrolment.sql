-- One-time enrolment links of venues' staff scanners (issue 20): the owner shows a link or its
-- QR, the staff member's phone opens it and gets the scanner's credential without typing it.
-- The code is kept only as its SHA-256; the credential's secret sealed under the key-encryption
-- key until the link is used, then dropped. A row outlives its use until it expires, so that a
-- second use is told "used" rather than "unknown"; VenueHousekeeping deletes it then.
create table venues_staff_enrolment (
    code_hash     bytea       primary key,
    staff_id      uuid        not null references venues_staff (staff_id) on delete cascade,
    -- AES-256-GCM of the scanner's client secret, the code's hash as associated data; null once used
    sealed_secret bytea,
    expires_at    timestamptz not null,
    redeemed_at   timestamptz,
    created_at    timestamptz not null default now(),
    check ((sealed_secret is null) = (redeemed_at is not null))
);

create index venues_staff_enrolment_staff on venues_staff_enrolment (staff_id);
create index venues_staff_enrolment_expiry on venues_staff_enrolment (expires_at);
