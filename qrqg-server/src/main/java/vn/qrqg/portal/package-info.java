/**
 * The citizen portal's backend: JSON under {@code /portal/api/**} for the pages in
 * {@code static/} (docs/portal.md, "Citizen backend"). A citizen signs in with their mobile
 * number and a one-time code sent by SMS; the session is an opaque cookie. The portal is a
 * first-party certified app of the platform ("Cổng QRQG", {@code qr:issue checkin:self}), made at
 * start like the operator client, and acts for the citizen by calling the platform's own public
 * API over loopback with its access token and the person's holder token: validation, errors,
 * scopes and the audit are exactly the API's. It keeps only the phone, the people it declared
 * (QID, relation) and their holder tokens, sealed. This package is the capability's API;
 * {@code internal} is private.
 */
package vn.qrqg.portal;
