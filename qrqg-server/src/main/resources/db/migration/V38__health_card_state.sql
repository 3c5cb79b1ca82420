-- The COVID card last evaluated for each person an app holds a valid holder token for (issue 21):
-- what the card API shows (colour, until when), so that a change of colour, whatever its cause,
-- becomes one CardChanged event for the change feed. No record, reason nor document number: the
-- person is their QID. Re-evaluated at due_at (the second after valid_until, sooner when their
-- province's rules change or an alert concerns them, and at least once a month), and dropped
-- when they hold no valid token any more (CardStateWatch).
create table health_card_state (
    qid           text        primary key,
    colour        text        not null check (colour in ('GREEN', 'YELLOW', 'RED', 'NEUTRAL')),
    -- the colour's last second; null when nothing known changes it
    valid_until   timestamptz,
    -- the province of the person's permanent address whose rules gave it; null: unknown (national default)
    province_code text,
    evaluated_at  timestamptz not null,
    due_at        timestamptz not null
);

create index health_card_state_due on health_card_state (due_at);
create index health_card_state_province on health_card_state (province_code, qid);
