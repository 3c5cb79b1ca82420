package vn.qrqg.issuance.citizens;

import java.time.Instant;
import java.util.UUID;

/**
 * The answer {@code 202} of {@code POST /api/v1/citizens/qr} when the person must prove
 * possession of their phone: a 6-digit code went to the phone the population registry holds for
 * them; {@code POST /api/v1/citizens/qr/challenges/{challengeId}} with it completes the issuance.
 *
 * @param sentTo the phone the code went to, only its first two and last two digits: {@code 09******78}
 */
public record IssuanceChallenge(UUID challengeId, String sentTo, Instant expiresAt) {
}
