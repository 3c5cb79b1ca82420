package vn.qrqg.issuance.citizens;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.issuance.IssuanceProperties;
import vn.qrqg.platform.secrets.KeySealer;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.sms.OneTimeCodes;
import vn.qrqg.sms.PhoneNumber;
import vn.qrqg.sms.SmsGateway;

/**
 * Proof of possession of the phone the population registry holds for a person: a 6-digit code
 * goes there by SMS ({@link OneTimeCodes}), never to a phone the request declares; typed back in
 * time, within the attempts, by the requester that started it, it completes the declaration kept
 * sealed with it. Neither code, phone nor declaration reaches a log.
 */
@Service
class Challenges {
    private static final Logger LOG = LoggerFactory.getLogger(Challenges.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChallengeRepository challenges;
    private final AttemptLimits limits;
    private final SmsGateway sms;
    private final KeySealer sealer;
    private final IssuanceProperties.Proof proof;
    private final TransactionTemplate transactions;

    Challenges(ChallengeRepository challenges, AttemptLimits limits, SmsGateway sms, KeySealer sealer,
            IssuanceProperties properties, PlatformTransactionManager transactionManager) {
        this.challenges = challenges;
        this.limits = limits;
        this.sms = sms;
        this.sealer = sealer;
        this.proof = properties.proof();
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Sends a code to {@code person}'s registry phone for {@code declaration}.
     *
     * @throws IssuanceLimitException when the person was sent as many codes as the window allows
     * @throws vn.qrqg.sms.SmsUnavailableException when it cannot be sent (nothing is kept or counted then)
     */
    IssuanceChallenge start(Requester requester, RegisteredPerson person, CitizenQrRequest declaration) {
        PhoneNumber phone = PhoneNumber.parse(person.phone()).orElseThrow(
                () -> new IllegalStateException("the registry's phone is no mobile number"));
        AttemptLimits.Attempt counted = limits.code(person.documentNumber());
        UUID id = UUID.randomUUID();
        String code = OneTimeCodes.newCode();
        Instant expiresAt = Instant.now().plus(proof.codeValidity());
        challenges.insert(id, requester.client().appId(), account(requester),
                sealer.seal(kid(id), JSON.writeValueAsBytes(declaration)), OneTimeCodes.hash(id, code), expiresAt);
        try {
            sms.send(phone, message(code));
        } catch (RuntimeException e) {
            challenges.delete(id);
            limits.release(counted);
            throw e;
        }
        LOG.info("Issuance challenge {} started by {}, code sent", id, requester);
        return new IssuanceChallenge(id, phone.hint(), expiresAt);
    }

    /**
     * @return the declaration the challenge was started for
     * @throws InvalidFieldException for a code that is not 6 digits (no attempt is counted)
     * @throws ChallengeRefusedException for no such challenge of this requester, a wrong, expired or
     *         void code; a wrong code is counted before this is thrown
     */
    CitizenQrRequest complete(Requester requester, UUID id, String code) {
        if (!OneTimeCodes.isCodeShaped(code)) {
            throw new InvalidFieldException("code", "must be the 6 digits sent by SMS");
        }
        Instant now = Instant.now();
        // a refusal is returned, not thrown, so that the counted attempt commits
        Object outcome = transactions.execute(tx -> {
            var pending = challenges.forUpdate(id, requester.client().appId(), account(requester));
            if (pending.isEmpty()) {
                return new ChallengeRefusedException(null, 0);
            }
            OneTimeCodes.Check check = OneTimeCodes.check(pending.get().code(), code, now, proof.maxCodeAttempts());
            if (check.countsAsWrong()) {
                challenges.recordWrongCode(id, check.outcome() == OneTimeCodes.Outcome.TOO_MANY_ATTEMPTS);
            }
            if (check.outcome() != OneTimeCodes.Outcome.ACCEPTED) {
                return new ChallengeRefusedException(check.outcome(), check.attemptsLeft());
            }
            challenges.markUsed(id);
            return pending.get().declarationSealed();
        });
        if (outcome instanceof ChallengeRefusedException refused) {
            LOG.info("Issuance challenge {}: code refused ({})", id, refused.outcome());
            throw refused;
        }
        return JSON.readValue(sealer.unseal(kid(id), (byte[]) outcome), CitizenQrRequest.class);
    }

    /** Challenges are completed within minutes; none is kept past a day. @return how many were deleted */
    int deleteBefore(Instant cutoff) {
        return challenges.deleteBefore(cutoff);
    }

    private String account(Requester requester) {
        return requester.account() == null ? "" : HexFormat.of().formatHex(limits.requesterSubject(requester));
    }

    private static String kid(UUID id) {
        return "issuance-challenge:" + id;
    }

    /** GSM-7 only (Vietnamese without diacritics, then English), so that it fits one SMS. */
    private String message(String code) {
        long minutes = Math.max(1, proof.codeValidity().toMinutes());
        return "Ma xac nhan QR ca nhan QRQG: " + code + ", het han sau " + minutes + " phut. Khong dua ma cho ai. "
                + "QRQG personal QR code, valid " + minutes + " min; do not share it.";
    }
}
