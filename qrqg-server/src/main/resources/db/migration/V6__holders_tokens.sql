-- Holder tokens (vn.qrqg.holders): an app may act for a person (read their QR, check in, declare)
-- with a token it got when it issued the person's QR. Only the SHA-256 of each token is kept;
-- the token itself (32 random bytes, base64url) is shown to the app once.
-- app_id and qid are other capabilities' ids (clients_app, issuance_citizen): no foreign keys, so
-- that each capability keeps and cleans up its own tables.
create table holders_token (
    token_id   uuid        primary key default gen_random_uuid(),
    token_hash bytea       not null unique check (octet_length(token_hash) = 32),
    -- the app that holds it; a token presented by any other app is refused
    app_id     uuid        not null,
    qid        text        not null,
    issued_at  timestamptz not null default now(),
    -- set by the app (DELETE /api/v1/holder-tokens/current) or an operator (all of a person's)
    revoked_at timestamptz
);

-- an operator revokes all of a person's valid tokens
create index holders_token_qid on holders_token (qid) where revoked_at is null;
