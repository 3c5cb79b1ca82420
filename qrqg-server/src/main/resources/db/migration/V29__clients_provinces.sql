-- The provinces an official's app works for (docs/api.md, "Apps limited to provinces"): a tracer
-- of one province sees the cases and contacts of that province only. Null: the whole country.
alter table clients_app add column provinces text[];
