-- The citizen portal (vn.qrqg.portal, docs/portal.md): sign-in codes sent by SMS, sessions, and
-- the people each mobile number declared. Nothing else personal: names and the rest come from
-- the platform's API when shown.

-- A sign-in's one-time code: only its hash (vn.qrqg.sms.OneTimeCodes); rows live a day at most
create table portal_sign_in (
    sign_in_id      uuid        primary key,
    -- the national form, 0xxxxxxxxx
    phone           text        not null,
    code_hash       bytea       not null,
    code_expires_at timestamptz not null,
    failed_attempts int         not null default 0,
    -- PENDING until the right code (USED) or too many wrong ones (VOID)
    status          text        not null default 'PENDING' check (status in ('PENDING', 'USED', 'VOID')),
    created_at      timestamptz not null default now()
);
-- codes per phone and hour (the rate limit), and the newest pending one
create index portal_sign_in_phone_time on portal_sign_in (phone, created_at);

-- A signed-in browser: the cookie QRQG_PORTAL holds 256 random bits, this table their SHA-256
create table portal_session (
    token_hash bytea       primary key,
    phone      text        not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
);
create index portal_session_expiry on portal_session (expires_at);

-- The people a mobile number declared, so that signing in again, anywhere, brings them back.
-- The holder token the issuance gave the portal app, sealed with AES-256-GCM (KeySealer) under
-- the key-encryption key, bound to (phone, qid) as associated data.
create table portal_person (
    phone               text        not null,
    qid                 text        not null,
    relation            text        not null check (relation in ('SELF', 'DEPENDANT')),
    holder_token_sealed bytea       not null,
    created_at          timestamptz not null default now(),
    primary key (phone, qid)
);
-- one SELF per account
create unique index portal_person_one_self on portal_person (phone) where relation = 'SELF';
