package vn.qrqg.passports.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.dcc.CwtClaims;
import vn.qrqg.dcc.DccDecoder;
import vn.qrqg.dcc.DccIssuer;
import vn.qrqg.passports.DccRevocations;
import vn.qrqg.passports.DccSigners;
import vn.qrqg.passports.PassportDecided;
import vn.qrqg.passports.PassportNotAwaitingException;
import vn.qrqg.passports.PassportNotFoundException;
import vn.qrqg.passports.PassportStatus;
import vn.qrqg.passports.PassportsProperties;
import vn.qrqg.platform.events.EventOutbox;

/**
 * The steps of a request, each in one transaction with its row locked, so that two decisions on
 * one request apply one after the other and the second finds it decided: the site's decision, the
 * department's signature or rejection, and the revocation of a passport. Each publishes
 * {@link PassportDecided}, which the audit keeps. Who may take a step on which request is the
 * caller's to check ({@link PassportDesk}); here a request at another step is refused.
 */
@Component
class PassportSteps {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final PassportRepository repository;
    private final PassportKeys keys;
    private final DccSigners signers;
    private final DccRevocations revocations;
    private final EventOutbox events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PassportSteps(PassportRepository repository, PassportKeys keys, DccSigners signers, DccRevocations revocations,
            EventOutbox events, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.keys = keys;
        this.signers = signers;
        this.revocations = revocations;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The site approves (the request goes on to the department) or rejects it with a reason.
     *
     * @param visible whether the caller may see this request at all; otherwise it answers as unknown
     * @param by the official's client_id; null when automatic
     */
    Taken siteDecision(UUID requestId, Predicate<PassportRepository.Stored> visible, boolean approve,
            String reason, String by) {
        return transactions.execute(tx -> {
            PassportRepository.Stored request = locked(requestId, visible);
            if (request.status() != PassportStatus.AWAITING_SITE) {
                throw new PassportNotAwaitingException(requestId, request.status(), "its site's decision");
            }
            Instant now = now();
            PassportStatus next = approve ? PassportStatus.AWAITING_SIGNATURE : PassportStatus.REJECTED;
            repository.markSiteDecided(requestId, next, keys.seal(requestId, "reason", reason), now, by == null ? AUTOMATIC : by);
            events.publish(new PassportDecided(requestId, request.site(), "site", approve ? "APPROVE" : "REJECT",
                    by == null, by, now));
            return new Taken(next, content(request));
        });
    }

    /** The department signs the request its site approved, or rejects it with a reason. */
    Taken signature(UUID requestId, Predicate<PassportRepository.Stored> visible, boolean sign, String reason,
            String by) {
        return transactions.execute(tx -> {
            PassportRepository.Stored request = locked(requestId, visible);
            if (request.status() != PassportStatus.AWAITING_SIGNATURE) {
                throw new PassportNotAwaitingException(requestId, request.status(), "the department's signature");
            }
            Instant now = now();
            String who = by == null ? AUTOMATIC : by;
            PassportContent content = content(request);
            if (sign) {
                Instant until = now.plus(PassportsProperties.VALIDITY);
                String hc1 = DccIssuer.sign(content.payload(), new CwtClaims(PassportContent.COUNTRY, now, until),
                        signers.active());
                repository.markIssued(requestId, keys.seal(requestId, "hc1", hc1), now, who, until);
            } else {
                repository.markRejected(requestId, keys.seal(requestId, "reason", reason), now, who);
            }
            events.publish(new PassportDecided(requestId, request.site(), "signature", sign ? "SIGN" : "REJECT",
                    by == null, by, now));
            return new Taken(sign ? PassportStatus.ISSUED : PassportStatus.REJECTED, content);
        });
    }

    /** The department revokes an issued passport: its hashes join the published revocation list. */
    Taken revoke(UUID requestId, String reason, String by) {
        return transactions.execute(tx -> {
            PassportRepository.Stored request = locked(requestId, stored -> true);
            if (request.status() != PassportStatus.ISSUED) {
                throw new PassportNotAwaitingException(requestId, request.status(), "a revocation (it is not issued)");
            }
            Instant now = now();
            revocations.revoke(DccDecoder.decode(keys.open(requestId, "hc1", request.hc1Sealed())).certificate());
            repository.markRevoked(requestId, keys.seal(requestId, "reason", reason), now);
            events.publish(new PassportDecided(requestId, request.site(), "revocation", "REVOKE", false, by, now));
            return new Taken(PassportStatus.REVOKED, content(request));
        });
    }

    /** The request's status after the step, and what it certifies. */
    record Taken(PassportStatus status, PassportContent content) {
    }

    PassportContent content(PassportRepository.Stored request) {
        return JSON.readValue(keys.open(request.requestId(), "content", request.contentSealed()), PassportContent.class);
    }

    private PassportRepository.Stored locked(UUID requestId, Predicate<PassportRepository.Stored> visible) {
        return repository.forUpdate(requestId).filter(visible).orElseThrow(PassportNotFoundException::new);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS); // CWT times are whole seconds
    }

    /** Who decided, in the row, when a development setting did. */
    static final String AUTOMATIC = "automatic";
}
