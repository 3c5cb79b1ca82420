-- A person's alerts are only ever found by their key (person_key = any(…), newest first sorted
-- after): a hash index answers that as the B-tree on (person_key, issued_at desc) did, and costs
-- an outbreak's writes less. Into a table of 3.6 million alerts, 417,000 more went in 2.2 s with
-- it and 2.8–3.2 s with the B-tree (docs/benchmarks.md, issue 17, session 22).
drop index tracing_alert_person;
create index tracing_alert_person on tracing_alert using hash (person_key);
