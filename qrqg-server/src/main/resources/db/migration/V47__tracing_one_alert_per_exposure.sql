-- One alert per exposure found by the cases traced together (docs/tracing.md, "One alert per
-- exposure"): in an outbreak the same person at the same place and times is the contact of
-- several cases, and was one alert row, one seal and one event for each. Now it is one alert,
-- which names every case of the trace that found it; each case lists its alerts in a few rows of
-- its own, which its tracers read. An alert is withdrawn when every case that found it is, and
-- dropped with the last of them.

-- the cases that found the alert, first the one its person is sealed for (AES-256-GCM, bound to it)
alter table tracing_alert add column case_ids uuid[];
update tracing_alert set case_ids = array[case_id];
alter table tracing_alert alter column case_ids set not null;

-- a case's alerts, as each of its traces found them anew: one row per trace, not per alert
create table tracing_case_alerts (
    case_id   uuid   not null,
    alert_ids uuid[] not null
);
insert into tracing_case_alerts (case_id, alert_ids)
select case_id, array_agg(alert_id order by alert_id) from tracing_alert group by case_id;
create index tracing_case_alerts_case on tracing_case_alerts (case_id);

-- nothing reads an alert by its first case any more: the lists above find a case's alerts
drop index tracing_alert_case;
alter table tracing_alert drop column case_id;
