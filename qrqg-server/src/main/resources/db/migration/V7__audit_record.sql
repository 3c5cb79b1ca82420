-- Every read of personal data, scans included: who read (client, app, scope), whose data (qid,
-- or the document number of a person without a QID), which fields, when, why and with what
-- outcome. Append-only; one partition per UTC day (audit_record_pYYYYMMDD), created ahead by the
-- platform (vn.qrqg.platform.database.DailyPartitions).
create table audit_record (
    -- the order of writing, to page stably among records of the same instant
    id              bigserial   not null,
    -- when the data was read
    at              timestamptz not null,
    -- the OAuth2 client_id and the app in clients_app that read it
    client_id       text        not null,
    app_id          uuid        not null,
    -- the scope the data was read under, e.g. scan:health
    scope           text,
    -- the person read, when they hold a QID
    qid             text,
    -- the registry's document number of a person identified without a QID (e.g. a CCCD card scan
    -- of someone never issued a QR); null whenever qid is set
    document_number text,
    -- the names of the fields answered, e.g. {shortName,birthYear,covidCard}; empty when none
    fields          text[]      not null,
    -- the endpoint that read it, e.g. POST /api/v1/scans
    purpose         text        not null,
    -- e.g. VALID, SUPERSEDED, NOT_FOUND for a scan
    outcome         text        not null,
    check (qid is null or document_number is null)
) partition by range (at);

-- the admin queries: a person's reads and a client's reads, newest first
create index audit_record_qid on audit_record (qid, at desc) where qid is not null;
create index audit_record_client on audit_record (client_id, at desc);

-- Nobody changes the audit, the platform's own database role included, even a superuser (the
-- embedded database's): a trigger refuses every UPDATE, DELETE and TRUNCATE. Old partitions
-- leave by DROP/DETACH, which is operations' retention tool, not the application's.
create function audit_record_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

-- row triggers on the partitioned table are cloned onto every partition
create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function audit_record_refuse_change();
-- statement triggers are not: the platform adds this one to each partition it creates as well
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_refuse_change();
