package vn.qrqg.portal.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.portal.PortalProperties;
import vn.qrqg.sms.OneTimeCodes;
import vn.qrqg.sms.PhoneNumber;
import vn.qrqg.sms.SmsGateway;

/**
 * A citizen signs in with their mobile number: a 6-digit code goes to the phone by SMS
 * ({@link OneTimeCodes}, at most so many an hour), and the right code, in time and within the
 * attempts, opens a session. Neither code nor number reaches a log.
 */
@Service
class SignIns {
    static final Duration PHONE_WINDOW = Duration.ofHours(1);
    /** Sign-in rows mean nothing once their code expired; none is kept past a day ({@link PortalHousekeeping}). */
    static final Duration KEPT_FOR = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(SignIns.class);

    private final SignInRepository signIns;
    private final Sessions sessions;
    private final SmsGateway sms;
    private final PortalProperties properties;
    private final TransactionTemplate transactions;

    SignIns(SignInRepository signIns, Sessions sessions, SmsGateway sms, PortalProperties properties,
            PlatformTransactionManager transactionManager) {
        this.signIns = signIns;
        this.sessions = sessions;
        this.sms = sms;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Sends a code to {@code phone}; only this newest code works from now on.
     *
     * @throws InvalidFieldException when it is no Vietnamese mobile number
     * @throws TooManyCodesException when the phone was sent too many codes in the last hour
     * @throws vn.qrqg.sms.SmsUnavailableException when the SMS cannot be sent (nothing is counted then)
     */
    PhoneNumber start(String phoneText) {
        PhoneNumber phone = phone(phoneText);
        UUID id = UUID.randomUUID();
        String code = OneTimeCodes.newCode();
        Instant now = Instant.now();
        transactions.executeWithoutResult(tx -> {
            var recent = signIns.lockAndCountSince(phone, now.minus(PHONE_WINDOW));
            if (recent.count() >= properties.codesPerPhonePerHour()) {
                throw new TooManyCodesException(OneTimeCodes.retryAfter(recent.oldest(), PHONE_WINDOW, now));
            }
            signIns.insert(id, phone, OneTimeCodes.hash(id, code), now.plus(properties.codeValidity()));
        });
        try {
            sms.send(phone, message(code));
        } catch (RuntimeException e) {
            signIns.delete(id); // no code reached the phone: nothing to confirm, nothing counted
            throw e;
        }
        LOG.info("Portal sign-in {} started, code sent", id);
        return phone;
    }

    /**
     * @return the new session's cookie value, shown this once
     * @throws InvalidFieldException for a phone or a code of the wrong shape (no attempt is counted)
     * @throws SignInRefusedException for a wrong, expired or void code, or none pending; a wrong
     *         code is counted before this is thrown
     */
    Sessions.Opened confirm(String phoneText, String code) {
        PhoneNumber phone = phone(phoneText);
        if (!OneTimeCodes.isCodeShaped(code)) {
            throw new InvalidFieldException("code", "must be the 6 digits sent by SMS");
        }
        Instant now = Instant.now();
        // a refusal is returned, not thrown, so that the counted attempt commits
        Object outcome = transactions.execute(tx -> {
            var pending = signIns.pendingForUpdate(phone);
            if (pending.isEmpty()) {
                return new SignInRefusedException(null, 0);
            }
            OneTimeCodes.Check check = OneTimeCodes.check(pending.get(), code, now, properties.maxCodeAttempts());
            if (check.countsAsWrong()) {
                signIns.recordWrongCode(pending.get().id(), check.outcome() == OneTimeCodes.Outcome.TOO_MANY_ATTEMPTS);
            }
            if (check.outcome() != OneTimeCodes.Outcome.ACCEPTED) {
                return new SignInRefusedException(check.outcome(), check.attemptsLeft());
            }
            signIns.markUsed(pending.get().id());
            return sessions.open(phone);
        });
        if (outcome instanceof SignInRefusedException refused) {
            LOG.info("Portal sign-in: code refused ({})", refused.reason());
            throw refused;
        }
        return (Sessions.Opened) outcome;
    }

    private static PhoneNumber phone(String text) {
        return PhoneNumber.parse(text).orElseThrow(() -> new InvalidFieldException("phone",
                "must be a Vietnamese mobile number: 10 digits starting with 03, 05, 07, 08 or 09, or +84 and 9 digits"));
    }

    /** GSM-7 only (Vietnamese without diacritics, then English), so that it fits one SMS. */
    private String message(String code) {
        long minutes = Math.max(1, properties.codeValidity().toMinutes());
        return "Ma dang nhap QRQG: " + code + ", het han sau " + minutes + " phut. Khong dua ma cho ai. "
                + "QRQG sign-in code, valid " + minutes + " min; do not share it.";
    }
}
