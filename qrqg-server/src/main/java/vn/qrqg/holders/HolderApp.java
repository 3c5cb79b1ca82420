package vn.qrqg.holders;

import java.time.Instant;
import java.util.UUID;

/**
 * An app that acts for a person, as the person sees it: one entry per valid holder token, never
 * the token.
 *
 * @param holderId the token's id, to revoke it with
 * @param appName the app's public name, e.g. "PC-COVID"
 * @param current whether this is the token the call was made with
 */
public record HolderApp(UUID holderId, UUID appId, String appName, Instant since, boolean current) {
}
