-- Proof of the person at issuance (DOMAIN.md, "Issuing a personal QR", step 5): knowing the facts
-- printed on a QR or a card is not enough. These tables hold what the proof needs for an hour
-- or a day at most; a housekeeping task in the issuance capability deletes them after that.
-- Both are UNLOGGED: they are written several times per issuance, and waiting for the WAL flush
-- of each write cut issuance to a fifth (docs/benchmarks.md). What a crash of PostgreSQL loses
-- is harmless: pending challenges (the person asks again for a code) and an hour's counts. Not
-- on replicas either: only the primary reads them.

-- A one-time code sent to the phone the population registry holds for a person. The declaration
-- it completes is sealed (AES-256-GCM under the key-encryption key, the challenge id as associated
-- data): names, birth dates and phones are not readable off this table.
create unlogged table issuance_challenge (
    challenge_id        uuid        primary key,
    -- the app that started it; only this app may complete it
    app_id              uuid        not null,
    -- an account inside that app (the portal's signed-in phone, hashed), or '' for the app itself
    account             text        not null default '',
    declaration_sealed  bytea       not null,
    code_hash           bytea       not null,
    code_expires_at     timestamptz not null,
    failed_attempts     int         not null default 0,
    -- PENDING until the right code (USED) or too many wrong ones (VOID)
    status              text        not null default 'PENDING' check (status in ('PENDING', 'USED', 'VOID')),
    created_at          timestamptz not null default now()
);
create index issuance_challenge_created on issuance_challenge (created_at);

-- Counted attempts for the limits of an hour: failed declarations per document number and per
-- requester (an app, or an account of the portal), codes sent per document number, in-person
-- issuances per official's credential. The subject is an HMAC under a key derived from the
-- key-encryption key, so that no document number or phone is kept here.
create unlogged table issuance_attempt (
    attempt_id bigint      generated always as identity primary key,
    kind       text        not null check (kind in ('failed-document', 'failed-requester', 'code-document',
                                                    'in-person-credential')),
    subject    bytea       not null,
    -- a declaration still being checked against the registry: it counts as a failure until it
    -- matches (then it is deleted), so that a burst of guesses cannot outrun the count
    pending    boolean     not null default false,
    at         timestamptz not null default now()
);
create index issuance_attempt_subject on issuance_attempt (kind, subject, at);
create index issuance_attempt_at on issuance_attempt (at);
