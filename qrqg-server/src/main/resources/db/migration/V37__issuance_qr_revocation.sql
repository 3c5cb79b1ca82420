-- Revocation of one person's QR (FORMATS.md §4, issue 21): the holder lost their phone, or an
-- operator found fraud. The revoked version stays, marked, so that it scans REVOKED online; the
-- person gets a new version at once.
alter table issuance_qr
    add column revoked_at        timestamptz,
    -- LOST_DEVICE, STOLEN, FRAUD or OTHER; null unless revoked
    add column revocation_reason text,
    add constraint issuance_qr_revoked_has_reason check ((revoked_at is null) = (revocation_reason is null));

-- Each signing key's revocation list counter (crlVersion in its JWKS entry). One row per key,
-- bumped in the transaction that adds entries: the row lock orders the key's additions, so that
-- a reader that saw counter N has seen every entry numbered up to N.
create table issuance_revocation_list (
    kid         text   primary key,
    crl_version bigint not null check (crl_version >= 1)
);

-- The entries of the offline revocation lists: every revoked or superseded QR text (each form is
-- signed, and listed, separately). entry_id is the first 8 bytes of SHA-256 over the signature
-- with s normalised to low-S, as a signed bigint: no QID, nothing a QID could be hashed into.
create table issuance_revocation_entry (
    kid         text        not null,
    entry_id    bigint      not null,
    revoked     boolean     not null,
    crl_version bigint      not null,
    created_at  timestamptz not null default now(),
    primary key (kid, entry_id)
);
-- deltas: a key's entries after a counter
create index issuance_revocation_entry_delta on issuance_revocation_entry (kid, crl_version);

-- Versions superseded before this migration get their entries from the platform at start-up
-- (the id needs the normalised signature, which SQL does not compute): until then, this flag.
alter table issuance_qr add column listed boolean not null default true;
update issuance_qr set listed = false where superseded_at is not null;
create index issuance_qr_unlisted on issuance_qr (qid, version) where not listed;
