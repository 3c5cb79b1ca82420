-- Retention (Regulation 733: personal data only as long as it is used; docs/operations.md lists
-- every table). Each capability deletes its expired rows on a schedule; these make those deletes
-- cheap and give the portal's people a time to expire from.

-- when the account's phone last signed in, so that the people of a phone that stopped signing in
-- are removed (vn.qrqg.portal.internal.PortalHousekeeping, qrqg.portal.people-retention). Rows
-- there before this count from now: none is removed at once by the upgrade.
alter table portal_person add column signed_in_at timestamptz not null default now();
create index portal_person_signed_in on portal_person (signed_in_at);

-- revoked holder tokens are deleted a while after their revocation (vn.qrqg.holders.internal.RevokedTokenHousekeeping)
create index holders_token_revoked on holders_token (revoked_at) where revoked_at is not null;

-- removed staff are deleted a while after their removal (vn.qrqg.venues.internal.VenueHousekeeping)
create index venues_staff_removed on venues_staff (removed_at) where removed_at is not null;
