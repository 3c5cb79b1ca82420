-- Where and when each traced case put people at risk (docs/tracing.md): the case's visits and
-- journeys, stretched by the margins, and each F1's after their exposure. A check-in uploaded late
-- at one of these sites is matched against them as it arrives. No person here: sites are venues
-- and vehicles, and go with their case.
create table tracing_site (
    case_id   uuid        not null references tracing_case on delete cascade,
    -- whose presence made the risk: the case (its contacts are F1) or an F1 (theirs are F2)
    source    text        not null check (source in ('F0', 'F1')),
    reason    text        not null check (reason in ('VENUE', 'TRAVEL')),
    -- a venue's code, or a vehicle's normalised number
    site_key  text        not null,
    risk_from timestamptz not null,
    risk_to   timestamptz not null
);
create index tracing_site_key on tracing_site (reason, site_key, risk_to);
create index tracing_site_case on tracing_site (case_id);

