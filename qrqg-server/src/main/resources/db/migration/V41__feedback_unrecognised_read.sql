-- A person's report of a read in their access log they do not recognise (docs/feedback.md,
-- UNRECOGNISED_READ; docs/privacy.md): the category, and the read it is about.
alter table feedback_report drop constraint feedback_report_category_check;
alter table feedback_report add constraint feedback_report_category_check check (category in ('WRONG_PERSONAL_DATA',
    'WRONG_HEALTH_RECORD', 'WRONG_COVID_CARD', 'VENUE_NOT_COMPLYING', 'APP_PROBLEM', 'OTHER', 'UNRECOGNISED_READ'));

-- The read: the audit record's id (the accessId the person saw) and when it was, so that the official
-- who handles the report sees it from the audit, and knows when the audit no longer keeps it (past
-- its retention). Goes with its report.
create table feedback_report_read (
    report_id uuid        primary key references feedback_report (report_id) on delete cascade,
    access_id bigint      not null,
    read_at   timestamptz not null
);
