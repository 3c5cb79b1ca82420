-- What tracers need to call a case's contacts (docs/tracing.md, "Tracers"): who each alert's person
-- is, sealed, and the province they live in, so that a province's tracers see their own people
-- only; and the province of each case, for the day's cases by province. A province is no one's
-- identity; the person stays sealed, bound to their case.
alter table tracing_case add column province_code text;
-- the contact as check-ins name them (registry document number, QID if any), AES-256-GCM under the
-- key-encryption key, bound to the case; null on alerts written before this column existed
alter table tracing_alert add column person_sealed bytea;
-- the province of the contact's permanent address, from the registry; null when unknown
alter table tracing_alert add column province_code text;
create index tracing_case_confirmed on tracing_case (confirmed_at);
