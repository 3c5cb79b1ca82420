package vn.qrqg.holders;

import java.time.Instant;
import java.util.UUID;

/**
 * A valid holder token of a person, as the person may see it: which app holds it, since when.
 * Never the token.
 *
 * @param tokenId the token's id: the person revokes it by this
 */
public record HeldToken(UUID tokenId, UUID appId, Instant issuedAt) {
}
