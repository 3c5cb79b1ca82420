/**
 * Holders: the apps that act for a person, each with a holder token the person's QR issuance
 * gave it. This package is the capability's API; {@code internal} is private.
 *
 * <h2>Acting for a person</h2>
 * An app presents the token in {@code X-Holder-Token} beside its access token. A controller
 * that serves the holder only declares a {@link vn.qrqg.holders.Holder} parameter; the platform
 * resolves it (the token must be the calling app's and not revoked) or refuses with 403 before
 * the controller runs. A path that names a person checks it with
 * {@link vn.qrqg.holders.Holder#require(String)}. Outside a controller,
 * {@link vn.qrqg.holders.HolderTokens#require(String)} does the same; code that acts for a person
 * as an app without an HTTP request of that app (the portal) gets its holder from
 * {@link vn.qrqg.holders.HolderTokens#verify}. A holder carries its app, which the capabilities
 * record and audit as the reader.
 *
 * <h2>Refusals (403, problem details)</h2>
 * {@code https://qrqg.vn/problems/holder-token-required} (no header),
 * {@code …/invalid-holder-token} (unknown, malformed, revoked or another app's: one answer for
 * all), {@code …/not-the-holder} (a valid token for another person). None says whether a QID
 * exists. A 401 always concerns the app's access token, never the holder token.
 */
package vn.qrqg.holders;
