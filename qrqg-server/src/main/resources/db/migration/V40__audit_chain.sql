-- The audit's hash chain (docs/audit.md). Every audit record written from now on takes the next
-- place (seq, from 1) in its UTC day's chain and carries the chain's hash up to it: SHA-256 over
-- the previous record's hash and its own bytes. A read belongs to the day of its partition (at);
-- an admin action to the day it was written down (chain_day). Rows from before this migration,
-- and any row written outside the platform's audit writer, have no place (seq is null).
alter table audit_record add column seq bigint, add column hash bytea;
alter table audit_admin_action add column chain_day date, add column seq bigint, add column hash bytea;

-- the chain of a day, in order, for `bin/qrqg audit verify` (one index per daily partition)
create index audit_record_chain on audit_record (seq);
-- and what has no place in it
create index audit_record_unchained on audit_record (at) where seq is null;
create index audit_admin_action_chain on audit_admin_action (chain_day, seq);

-- One row per day: where its chain has got to, and once no record can join it any more (a
-- minute after its midnight, qrqg.audit.seal-grace), its head signed with the platform's signing
-- key. Kept after retention dropped the day's records: the signed heads are the proof that
-- outlives them, published at GET /api/v1/audit/heads.
create table audit_chain_head (
    day       date        primary key,
    -- places taken so far: the last record's seq, 0 for none
    records   bigint      not null check (records >= 0),
    -- the last record's hash; the day's genesis hash while it has none
    head      bytea       not null,
    -- when it was signed; no record joins the day after
    sealed_at timestamptz,
    -- the head of the latest day sealed before this one, signed with it: the heads are a chain too
    previous  bytea,
    -- KID.SIG over the head's five lines (docs/audit.md), as a QR's ChuKy
    signature text,
    check ((sealed_at is null) = (signature is null))
);
