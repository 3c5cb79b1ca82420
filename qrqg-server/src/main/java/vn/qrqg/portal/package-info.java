/**
 * The citizen portal's backend: JSON under {@code /portal/api/**} for the pages in
 * {@code static/} (docs/portal.md, "Citizen backend"). A citizen signs in with their mobile
 * number and a one-time code sent by SMS; the session is an opaque cookie. The portal is a
 * first-party certified app of the platform ("Cổng QRQG", {@code qr:issue checkin:self}), made at
 * start like the operator client, and a client of the capabilities' Java APIs, never of the
 * platform's HTTP: it declares people through {@code issuance.citizens.ProvenIssuance}, and acts
 * for each with a {@link vn.qrqg.holders.Holder} of the portal app, made from the holder token
 * kept for them, calling the services the API's controllers call ({@code CitizenQrReads},
 * {@code HolderHealth}, {@code HolderDeclarations}, {@code HolderCheckIns}, {@code HolderApps},
 * {@code HolderAlerts}, {@code Venues}): validation, errors, the holder checks and the audit are
 * exactly the API's, and these dependencies are declared in code, where Spring Modulith verifies
 * them. One read is the portal's own, as no API answers it: the levels of a person's commune and
 * recent venues ({@code RiskLevels}), the commune read from the registry and audited here as
 * {@code HolderHealth} audits its reads. It keeps only the phone, the people it declared (QID,
 * relation) and their holder tokens, sealed. This package is the capability's API; {@code
 * internal} is private.
 */
package vn.qrqg.portal;
