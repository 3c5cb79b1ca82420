-- The household (hộ khẩu) of each person in the reference population registry (docs/registry.md):
-- a person may be declared by a member of their household as the registry records it (DOMAIN.md,
-- "Issuing a personal QR", point 5), so the registry says who lives together. Filled by the
-- synthetic seed and by CSV imports with a household_id column; null when unknown.
alter table identity_person
    -- the registry's id of the household: people with the same id live in one household;
    -- the synthetic seed's are HK and 10 digits
    add column household_id text check (household_id ~ '^[A-Za-z0-9-]{1,32}$');

-- the members of a household
create index identity_person_household_id on identity_person (household_id)
    where household_id is not null;
