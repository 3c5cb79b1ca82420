/**
 * Clients: the apps and scanner devices that call the platform, their OAuth2 credentials, and
 * the platform's security. This package is the capability's API; {@code internal} is private.
 *
 * <h2>Tokens</h2>
 * A client gets an access token with the client-credentials grant at {@code POST /oauth2/token}
 * (Spring Security's authorization server; {@code client_secret_basic} or
 * {@code client_secret_post}), asking for the scopes it needs ({@code scope=scan:venue}; without
 * a {@code scope} parameter the token carries none). Tokens are JWTs signed with RS256, valid
 * {@code qrqg.clients.access-token-time-to-live} (10 minutes). Only a {@link vn.qrqg.clients.AppStatus#CERTIFIED}
 * app gets one, and on every call its app must still be certified: a suspended or revoked app is
 * refused from its very next call with 401 (problem type
 * {@code https://qrqg.vn/problems/app-not-certified}), also with a token obtained before. The
 * status is read through a cache of {@code qrqg.clients.status-cache-time-to-live} (1 s): a
 * change made through an instance applies there at once, on the others within that time.
 *
 * <h2>What needs what</h2>
 * <ul>
 * <li>Public, without a token: {@code GET /api/v1/apps/certified}, {@code /actuator/health/**},
 * {@code /actuator/prometheus}, {@code /.well-known/**}, {@code /oauth2/jwks},
 * {@code /v3/api-docs/**}, {@code /swagger-ui/**}, {@code /error}, and the paths of any
 * {@link vn.qrqg.clients.PublicEndpoints} bean another capability declares.</li>
 * <li>{@code /api/v1/admin/**}: scope {@code admin}, by a path rule here, so that no admin
 * endpoint can forget it.</li>
 * <li>Everything else: a token of a certified app; and each endpoint that needs a scope says so
 * with {@link vn.qrqg.clients.RequiresScope} on its controller class or method
 * ({@code @RequiresScope(Scopes.SCAN_VENUE)}): one way, beside the code it guards, checked by
 * Spring Security's method security; a missing scope ends in 403 (problem type
 * {@code https://qrqg.vn/problems/insufficient-scope}).</li>
 * </ul>
 *
 * <h2>Who is calling</h2>
 * {@link vn.qrqg.clients.CallingClient#current()} (or a controller parameter
 * {@code @AuthenticationPrincipal CallingClient client}): the app id, client_id and the call's
 * scopes, and for a venue's staff scanner its venue ({@code venueCode()}).
 *
 * <h2>Staff scanners</h2>
 * {@link vn.qrqg.clients.Apps#registerVenueScanner} makes the credential a venue's owner hands
 * to staff: certified at once, scope {@code checkin:venue} only (no other client may hold it),
 * bound to the venue, absent from the public list. Revoking it refuses its tokens at once. {@link vn.qrqg.clients.Apps} registers apps and changes their status, publishing
 * {@link vn.qrqg.clients.AppRegistered} and {@link vn.qrqg.clients.AppStatusChanged} for audit.
 *
 * <h2>The operator client</h2>
 * {@code admin} (scope admin) is made on the first start with the secret in
 * {@code QRQG_BOOTSTRAP_ADMIN_SECRET}, or a generated one printed once to the console; with the
 * variable set, each start resets the secret to it.
 */
package vn.qrqg.clients;
