-- The reference SMS adapter's outbox: every message the platform "sent", for operators to read
-- (GET /api/v1/admin/sms-outbox). It holds phone numbers and one-time codes, so rows older than
-- qrqg.sms.outbox-retention are deleted as new ones arrive.
create table sms_outbox (
    message_id uuid        primary key,
    -- national form, 10 digits: 0912345678
    phone      text        not null check (phone ~ '^0[35789][0-9]{8}$'),
    text       text        not null check (length(text) between 1 and 1000),
    created_at timestamptz not null default now()
);

-- newest first, for everyone and for one phone
create index sms_outbox_newest on sms_outbox (created_at desc, message_id);
create index sms_outbox_phone on sms_outbox (phone, created_at desc, message_id);
