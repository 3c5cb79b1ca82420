-- Spring Modulith's event publication registry: the outbox of the events capabilities publish
-- to each other. A row per event and listener, written in the transaction that published the
-- event, removed when the listener completes (spring.modulith.events.completion-mode: delete);
-- the rows left are the deliveries still to make, resubmitted by vn.qrqg.platform.events. Its
-- structure is the one spring-modulith-events-jdbc 2.1 expects (schemas/v2/schema-postgresql.sql),
-- made here rather than by Modulith's schema initialisation, which the runtime role could not run.
create table event_publication (
    id                     uuid        not null primary key,
    -- the listening method, e.g. vn.qrqg.audit.internal.AdminActionRecorder.on(...)
    listener_id            text        not null,
    -- the event's class and the event as JSON: ids and counts, never personal data nor secrets
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    -- PUBLISHED, PROCESSING, COMPLETED, FAILED or RESUBMITTED
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
-- how the registry finds a publication again: by its event and listener
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Every privileged action (an operator's or an admin's): who did what to which, and when. Written
-- by the audit from the capabilities' events (vn.qrqg.audit.internal.AdminActionRecorder), read by
-- operators at GET /api/v1/admin/actions. Append-only like audit_record. Small (operators act a few
-- times a day), so neither partitioned nor expired.
create table audit_admin_action (
    -- the order of writing, to page stably among actions of the same instant
    id       bigserial   not null primary key,
    -- when the action was taken (not when the audit wrote it down)
    at       timestamptz not null,
    -- the client_id of the admin or operator who acted; null: the platform itself, at start-up
    actor    text,
    -- what, as the event that reported it names it, e.g. AppStatusChanged, SigningKeyRotated
    action   text        not null,
    -- the ids it acted on, e.g. an app's id and client_id, a key's kid, a province code
    subjects text[]      not null,
    -- what else an operator needs, without personal data, e.g. PENDING -> SUSPENDED, 1200 imported
    summary  text        not null
);
-- a delivery resubmitted after a failure that had in fact written its row writes nothing twice
create unique index audit_admin_action_once on audit_admin_action (action, at, subjects);
-- the admin page: newest first
create index audit_admin_action_newest on audit_admin_action (at desc, id desc);

-- Nobody changes or removes an admin action, the platform's own role included: a trigger refuses
-- every UPDATE, DELETE and TRUNCATE, as audit_record's do.
create function audit_admin_action_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_admin_action is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_admin_action_append_only before update or delete on audit_admin_action
    for each row execute function audit_admin_action_refuse_change();
create trigger audit_admin_action_no_truncate before truncate on audit_admin_action
    for each statement execute function audit_admin_action_refuse_change();
