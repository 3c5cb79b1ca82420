package vn.qrqg.issuance.citizens;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.HolderTokenRequiredException;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.holders.NotTheHolderException;
import vn.qrqg.identity.Declaration;
import vn.qrqg.identity.DeclarationFormats;
import vn.qrqg.identity.DeclarationMismatchException;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.insurance.InsuranceMismatchException;

/**
 * Issues a person's QR to a requester that proves the person (DOMAIN.md, "Issuing a personal
 * QR", step 5) — knowing the facts printed on a QR or a card is never enough:
 * <ul>
 * <li>the person's own holder token: the only way to change what their QR records;</li>
 * <li>a household member's holder token with {@code declaredBy}, when the registry records both
 *     in one household (hộ khẩu);</li>
 * <li>an official's credential with scope {@code qr:in-person}, who saw the document;</li>
 * <li>the phone the registry holds: a first-party caller that verified it, or a code sent there
 *     ({@link IssuanceOutcome.CodeSent}) and typed back ({@link #complete}).</li>
 * </ul>
 * Anyone else gets {@link ProofRequiredException}. Declarations that do not match the registry
 * are limited per document number and per requester ({@link AttemptLimits}). Every issuance is
 * audited with the route that proved the person, and gives the requesting app a holder token
 * (but the holder's own route: that app has one).
 */
@Service
public class ProvenIssuance {
    private static final String ISSUE = "POST /api/v1/citizens/qr";
    private static final String COMPLETE = "POST /api/v1/citizens/qr/challenges/{challengeId}";

    /** How the person was proven, as the audit records it. */
    private enum Route {
        HOLDER("ISSUED_FOR_HOLDER", true), HOUSEHOLD("ISSUED_FOR_HOUSEHOLD", false),
        IN_PERSON("ISSUED_IN_PERSON", false), PHONE("ISSUED_FOR_VERIFIED_PHONE", false),
        CODE("ISSUED_FOR_CODE", false);

        final String outcome;
        final boolean mayChange;

        Route(String outcome, boolean mayChange) {
            this.outcome = outcome;
            this.mayChange = mayChange;
        }
    }

    private final CitizenQrIssuance issuance;
    private final Challenges challenges;
    private final AttemptLimits limits;
    private final PopulationRegistry registry;
    private final HolderTokens holderTokens;
    private final AuditTrail audit;

    ProvenIssuance(CitizenQrIssuance issuance, Challenges challenges, AttemptLimits limits, PopulationRegistry registry,
            HolderTokens holderTokens, AuditTrail audit) {
        this.issuance = issuance;
        this.challenges = challenges;
        this.limits = limits;
        this.registry = registry;
        this.holderTokens = holderTokens;
        this.audit = audit;
    }

    /**
     * The person's QR, or a code sent to their registry phone first.
     *
     * @throws vn.qrqg.platform.web.InvalidFieldException when the declared document number, name or
     *         birth date is missing or malformed: before any limit counts it or the registry is asked
     * @throws IssuanceLimitException past a limit of the hour (nothing is asked of the registry then)
     * @throws DeclarationMismatchException naming the fields that do not match the registry
     * @throws NotTheHolderException when a holder token proves neither the person nor the declarer
     * @throws HolderTokenRequiredException when {@code declaredBy} comes without the declarer's holder token
     * @throws NotInHouseholdException when the registry does not record the declarer in the person's household
     * @throws ProofRequiredException when nothing can prove the person here
     */
    public IssuanceOutcome issue(Requester requester, CitizenQrRequest declared, IssuanceProof proof) {
        Objects.requireNonNull(proof, "proof");
        CitizenQrIssuance.Verified matched = verified(requester, declared);
        RegisteredPerson person = matched.person();
        CitizenQrRequest request = matched.request();
        Qid declaredBy = declaredBy(request);
        if (proof instanceof IssuanceProof.HolderToken token) {
            Qid holder = token.holder().qid();
            if (issuance.qidOf(person.documentNumber()).filter(holder::equals).isPresent()) {
                return issued(requester, person, request, Route.HOLDER, ISSUE);
            }
            if (holder.equals(declaredBy)) {
                requireSameHousehold(declaredBy, person);
                return issued(requester, person, request, Route.HOUSEHOLD, ISSUE);
            }
            throw new NotTheHolderException();
        }
        if (requester.client().hasScope(Scopes.QR_IN_PERSON)) {
            AttemptLimits.Attempt counted = limits.inPerson(requester);
            try {
                return issued(requester, person, request, Route.IN_PERSON, ISSUE);
            } catch (RuntimeException e) {
                limits.release(counted);
                throw e;
            }
        }
        if (declaredBy != null) {
            throw new HolderTokenRequiredException(); // the declarer proves themself with their own token
        }
        if (proof instanceof IssuanceProof.VerifiedPhone verified && verified.phone().value().equals(person.phone())) {
            return issued(requester, person, request, Route.PHONE, ISSUE);
        }
        if (person.phone() != null) {
            // what was declared: the completion checks it all again, the insurance number too
            return new IssuanceOutcome.CodeSent(challenges.start(requester, person, declared));
        }
        throw new ProofRequiredException(person.householdId() == null ? List.of(ProofRequiredException.IN_PERSON)
                : List.of(ProofRequiredException.HOUSEHOLD, ProofRequiredException.IN_PERSON));
    }

    /**
     * Completes a challenge with the code sent to the person's phone: their QR, and a holder token
     * for the requesting app. The declaration is checked against the registry again.
     *
     * @throws ChallengeRefusedException for no such challenge of this requester, or a wrong, expired or void code
     */
    public IssuedCitizenQr complete(Requester requester, UUID challengeId, String code) {
        CitizenQrIssuance.Verified verified = issuance.verify(challenges.complete(requester, challengeId, code));
        return issued(requester, verified.person(), verified.request(), Route.CODE, COMPLETE).qr();
    }

    /**
     * {@link CitizenQrIssuance#verify}, limited: a declaration that does not match the registry, or
     * an insurance number social insurance does not confirm, counts against both limits.
     */
    private CitizenQrIssuance.Verified verified(Requester requester, CitizenQrRequest request) {
        // a typing mistake is said as such, and is no attempt: before the limits and the registry
        DeclarationFormats.check(new Declaration(request.documentNumber(), request.fullName(), request.dateOfBirth()));
        AttemptLimits.Attempt attempt = limits.declaration(request.documentNumber(), requester);
        try {
            CitizenQrIssuance.Verified verified = issuance.verify(request);
            limits.release(attempt);
            return verified;
        } catch (DeclarationMismatchException | InsuranceMismatchException e) {
            limits.failed(attempt);
            throw e;
        } catch (RuntimeException e) {
            limits.release(attempt);
            throw e;
        }
    }

    private void requireSameHousehold(Qid declarer, RegisteredPerson person) {
        String household = issuance.documentNumberOf(declarer).flatMap(registry::findByDocumentNumber)
                .map(RegisteredPerson::householdId).orElse(null);
        if (household == null || !household.equals(person.householdId())) {
            throw new NotInHouseholdException();
        }
    }

    private IssuanceOutcome.Issued issued(Requester requester, RegisteredPerson person, CitizenQrRequest request,
            Route route, String purpose) {
        UUID app = requester.client().appId();
        IssuedCitizenQr qr = issuance.issue(person, request, route.mayChange, route == Route.HOLDER ? issued -> issued
                : issued -> issued.withHolderToken(holderTokens.issue(app, new Qid(issued.qid()), person.communeCode())));
        String scope = route == Route.IN_PERSON ? Scopes.QR_IN_PERSON : Scopes.QR_ISSUE;
        audit.record(AuditEntry.of(requester.client(), scope, purpose, new Qid(qr.qid()), null,
                CitizenQrReads.QR_FIELDS, route.outcome));
        return new IssuanceOutcome.Issued(qr);
    }

    /** Checked already by {@link CitizenQrIssuance#verify}: well formed or absent here. */
    private static Qid declaredBy(CitizenQrRequest request) {
        String text = request.declaredBy();
        try {
            return text == null || text.isBlank() ? null : Qid.parse(text.strip(), "declaredBy");
        } catch (QrFormatException e) {
            throw new IllegalStateException("verify lets no malformed declaredBy through", e);
        }
    }
}
