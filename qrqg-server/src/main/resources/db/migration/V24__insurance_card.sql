-- The reference adapter of the social-insurance database (vn.qrqg.insurance): health-insurance
-- cards, seeded for the synthetic population and loaded by CSV import (docs/insurance.md). With
-- the HTTP adapter this table stays empty.
create table insurance_card (
    -- FORMATS.md's SoBHYT: beneficiary group (2 letters), benefit level, province, 10-digit
    -- social-insurance number
    card_number     text primary key check (card_number ~ '^[A-Z]{2}[0-9]{13}$'),
    -- the registry document number (CCCD) of the person it insures
    document_number text not null,
    valid_from      date not null,
    valid_to        date not null check (valid_to >= valid_from),
    -- 'reference-seed' for the synthetic population, 'import' for a CSV import
    source          text not null
);

-- a person's card valid on a day (FROM_REGISTRY at issuance)
create index insurance_card_person on insurance_card (document_number, valid_to desc);
