-- The provinces' COVID card rule sets (docs/covid-card.md), every version kept. A province with
-- no version follows the national default (Khánh Hòa's rules, shipped with the platform).
create table health_card_rules (
    -- a province of the current (2025) structure, e.g. '56' (Khánh Hòa)
    province_code  text        not null,
    -- 1, 2, … in upload order
    version        int         not null check (version >= 1),
    -- in force from this instant until a version with a later effective_from begins
    effective_from timestamptz not null,
    -- RULES: its own rules; NONE: no card in this province (NEUTRAL); NATIONAL_DEFAULT: back to the default
    mode           text        not null check (mode in ('RULES', 'NONE', 'NATIONAL_DEFAULT')),
    -- the rules as uploaded (validated), only for mode RULES
    rules          jsonb       check ((mode = 'RULES') = (rules is not null)),
    uploaded_at    timestamptz not null default now(),
    -- the client_id of the operator
    uploaded_by    text        not null,
    primary key (province_code, version)
);
