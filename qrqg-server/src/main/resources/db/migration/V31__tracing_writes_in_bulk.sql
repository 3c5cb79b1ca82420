-- Tracing writes an outbreak's alerts in bulk (docs/tracing.md, docs/benchmarks.md): an outbreak
-- day of 10,000 cases writes millions of alerts and sites, and every index, key and trigger a row
-- passes costs microseconds of it.
-- The seven-column unique key of an alert goes: tracing a case again reads the case's alerts
-- (the index on case_id) and writes only those it had not, holding the case's row locked, so no
-- two traces of a case write at once.
alter table tracing_alert drop constraint tracing_alert_case_id_person_key_level_reason_venue_code_ve_key;
-- The foreign keys to the case go: a trigger on every row. Alerts and sites are written only by
-- their case's tracing, under its row lock, and the retention deletes them with their case in one
-- statement.
alter table tracing_alert drop constraint tracing_alert_case_id_fkey;
alter table tracing_site drop constraint tracing_site_case_id_fkey;
-- New alert ids are time-ordered (UUID version 7, made by the platform): appended to the primary
-- key's index, not scattered through it.
