-- The reference population registry (docs/registry.md): the people declarations are verified
-- against when qrqg.identity.registry is 'reference'. Filled by the synthetic seed on first
-- start and by CSV imports.
create table identity_person (
    -- CCCD (12 digits), CMND (9 digits) or passport (a letter and 7 digits), as text: leading zeros matter
    document_number     text        primary key,
    -- the old 9-digit CMND of someone who now holds a CCCD
    old_document_number text,
    -- with diacritics, as registered (NFC); compared ignoring case, marks and spacing
    full_name           text        not null,
    -- YYYY-MM-DD with 00 for an unknown month or day, as the codec's BirthDate writes it
    birth_date          text        not null check (birth_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    -- 0 not stated, 1 male, 2 female (GioiTinh)
    gender              smallint    not null check (gender in (0, 1, 2)),
    phone               text,
    insurance_number    text,
    -- 5-digit commune code of the current (2025) structure, as text
    commune_code        text,
    address             text,
    updated_at          timestamptz not null default now(),
    check (old_document_number is null or old_document_number <> document_number)
);

-- a person may declare with the old CMND, and it belongs to one person only
create unique index identity_person_old_document_number on identity_person (old_document_number)
    where old_document_number is not null;
