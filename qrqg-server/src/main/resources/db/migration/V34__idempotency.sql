-- Idempotency-Key (docs/api.md, "Retries and double taps"): a write's first answer, given again to
-- a retry with the same key by the same caller. Nothing here names anyone without the platform's
-- key: the caller is an HMAC, the key and the request are SHA-256 hashes, the answer is sealed.
create table platform_idempotency (
    -- HMAC-SHA-256 of who called (an app, a portal account) under a key derived from the key-encryption key
    caller       bytea       not null,
    -- SHA-256 of the Idempotency-Key's value
    key_hash     bytea       not null,
    -- SHA-256 of the method, path and body: the same key with another request is refused
    request_hash bytea       not null,
    started_at   timestamptz not null,
    -- the answer (status, a few headers, body), AES-256-GCM under the key-encryption key, bound to
    -- caller and key; null while the first request is in progress
    answer       bytea,
    primary key (caller, key_hash)
);

create index platform_idempotency_started on platform_idempotency (started_at);
