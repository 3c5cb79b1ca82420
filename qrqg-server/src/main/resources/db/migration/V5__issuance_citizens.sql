-- One QID per person, for life (FORMATS.md §1): the registry's document number is the key
-- that makes it the same QID whichever app asks, however many times, concurrently or not.
create table issuance_citizen (
    -- 18 digits, the last a Luhn check digit; random, never derived from the person
    qid             text        primary key,
    -- the population registry's current document number (CCCD, CMND or passport)
    document_number text        not null unique,
    created_at      timestamptz not null default now()
);

-- Every personal QR issued, both forms. The newest version of a QID is its current QR; a change
-- of recorded data adds a version and marks the previous one superseded (it then scans as SUPERSEDED).
create table issuance_qr (
    qid           text        not null references issuance_citizen (qid),
    version       int         not null check (version >= 1),
    full_text     text        not null,
    masked_text   text        not null,
    -- the signing key's id, as in ChuKy
    kid           text        not null,
    issued_at     timestamptz not null default now(),
    superseded_at timestamptz,
    primary key (qid, version)
);
