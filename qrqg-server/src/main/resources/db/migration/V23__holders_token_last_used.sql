-- A holder token nobody used for qrqg.holders.idle-token-lifetime (180 days) belongs to a person
-- who left the app: HolderTokenHousekeeping revokes it, and deletes it 30 days later. Each use
-- moves last_used_at on, at most once a day (one small write a day per token, not one a call).
alter table holders_token add column last_used_at timestamptz not null default now();

create index holders_token_idle on holders_token (last_used_at) where revoked_at is null;
