-- The foreign document signer certificates (DSCs) of EU DCCs the operator imported from the EU
-- gateway's trust list (docs/dcc.md, "Verifying"). Public certificates: not sealed. Each import
-- replaces the whole list in one transaction.
create table passports_foreign_signer (
    thumbprint  text  primary key, -- SHA-256 of the DER, hex: one row per certificate
    kid         text  not null,    -- base64 of its first 8 bytes, as the EU gateway writes it
    country     text  not null check (country ~ '^[A-Z]{2}$'),
    certificate bytea not null     -- DER
);

-- What the last import was: one row, its version counted up by each import, so that every instance
-- sees a new list by reading one number.
create table passports_foreign_trust_list (
    id          smallint    primary key check (id = 1),
    version     bigint      not null,
    imported_at timestamptz not null,
    imported_by text        not null,
    skipped     jsonb       not null -- [{index, kid, country, reason}]: the entries left out, and why
);
