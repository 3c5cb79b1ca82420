-- Tracing told health of each alert issued or withdrawn through the outbox, one delivery per alert
-- to vn.qrqg.tracing.internal.CardsOfAlertedPeople.on(AlertIssued | AlertWithdrawn). That listener is
-- gone: one ExposuresChanged per trace or withdrawal replaces it. Deliveries of it still waiting
-- (an outbreak under way at the upgrade left hundreds of thousands) have no listener to complete
-- them and would be resubmitted every round, for ever. Their cards are evaluated again by the
-- card watch (at validUntil, and at least monthly) and by the next trace, record or rules change;
-- under the national default rules, which have no EXPOSED condition, an alert changes no card.
delete from event_publication
where listener_id like 'vn.qrqg.tracing.internal.CardsOfAlertedPeople.%'
  and event_type in ('vn.qrqg.tracing.AlertIssued', 'vn.qrqg.tracing.AlertWithdrawn');
