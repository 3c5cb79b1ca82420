-- The vaccination site an app with scope dcc:site works for (docs/dcc.md, "Issuing the passport"),
-- exactly as the national vaccination system names it on its records; null for every other app.
alter table clients_app add column vaccination_site text;

-- A citizen's request for the international vaccine passport (EU DCC) and, once signed, the passport.
-- The person is kept as an HMAC of their QID (finds their requests, names nobody without the key);
-- what the certificate says (names, birth date, the dose, the UVCI), the reason of a refusal or a
-- revocation, and the signed HC1 text are sealed, each bound to its request. The site is a place,
-- in the clear: a site's app lists what awaits it.
create table passports_request (
    request_id        uuid        primary key,
    person_key        bytea       not null,
    app_id            uuid        not null,
    site              text        not null,
    status            text        not null check (status in ('AWAITING_SITE', 'AWAITING_SIGNATURE', 'REJECTED',
                                                             'ISSUED', 'REVOKED')),
    content_sealed    bytea       not null,
    reason_sealed     bytea,
    hc1_sealed        bytea,
    requested_at      timestamptz not null,
    site_decided_at   timestamptz,
    site_decided_by   text,
    decided_at        timestamptz,
    decided_by        text,
    valid_from        timestamptz,
    valid_until       timestamptz,
    revoked_at        timestamptz
);

-- one open request a person: a second one is refused (409) by this index as much as by the check
create unique index passports_request_open on passports_request (person_key)
    where status in ('AWAITING_SITE', 'AWAITING_SIGNATURE');
create index passports_request_person on passports_request (person_key, requested_at desc);
create index passports_request_site on passports_request (site, requested_at) where status = 'AWAITING_SITE';
create index passports_request_signature on passports_request (requested_at) where status = 'AWAITING_SIGNATURE';
-- the housekeeping's two ranges
create index passports_request_rejected on passports_request (decided_at) where status = 'REJECTED';
create index passports_request_valid_until on passports_request (valid_until) where valid_until is not null;
