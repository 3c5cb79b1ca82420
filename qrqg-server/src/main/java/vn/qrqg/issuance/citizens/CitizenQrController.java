package vn.qrqg.issuance.citizens;

import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * {@code POST /api/v1/citizens/qr}: a certified app asks for a person's QR. 200 with the QR and a
 * new holder token when the person is proven at once (their holder token, a household member's,
 * an official in person); 202 with a challenge when a code went to the registry's phone, which
 * {@code POST /api/v1/citizens/qr/challenges/{challengeId}} completes. Scope {@code qr:issue}, or
 * {@code qr:in-person} for officials.
 */
@RestController
@RequestMapping("/api/v1/citizens/qr")
class CitizenQrController {
    private final ProvenIssuance issuance;
    private final HolderTokens holderTokens;

    CitizenQrController(ProvenIssuance issuance, HolderTokens holderTokens) {
        this.issuance = issuance;
        this.holderTokens = holderTokens;
    }

    @PostMapping
    ResponseEntity<?> issue(@AuthenticationPrincipal CallingClient client,
            @RequestHeader(name = HolderTokens.HEADER, required = false) String holderToken,
            @RequestBody(required = false) CitizenQrRequest request) {
        requireIssuingScope(client);
        if (request == null) {
            throw new InvalidFieldException("documentNumber", "and fullName, dateOfBirth are required (a JSON object)");
        }
        IssuanceProof proof = holderToken == null ? new IssuanceProof.None()
                : new IssuanceProof.HolderToken(holderTokens.verify(client, holderToken));
        return switch (issuance.issue(new Requester(client, null), request, proof)) {
            case IssuanceOutcome.Issued issued -> noStore(HttpStatus.OK).body(issued.qr());
            case IssuanceOutcome.CodeSent sent -> noStore(HttpStatus.ACCEPTED).body(sent.challenge());
        };
    }

    /** {@code {code}}: the 6 digits sent by SMS; 200 with the QR and a new holder token. */
    @PostMapping("/challenges/{challengeId}")
    ResponseEntity<IssuedCitizenQr> complete(@AuthenticationPrincipal CallingClient client,
            @PathVariable("challengeId") String challengeId, @RequestBody(required = false) CodeRequest body) {
        requireIssuingScope(client);
        UUID id;
        try {
            id = UUID.fromString(challengeId);
        } catch (IllegalArgumentException e) {
            throw new ChallengeRefusedException(null, 0);
        }
        return noStore(HttpStatus.OK).body(issuance.complete(new Requester(client, null), id,
                body == null ? null : body.code()));
    }

    record CodeRequest(String code) {
    }

    private static void requireIssuingScope(CallingClient client) {
        if (!client.hasScope(Scopes.QR_ISSUE) && !client.hasScope(Scopes.QR_IN_PERSON)) {
            throw new AccessDeniedException("issuing a QR needs scope qr:issue or qr:in-person");
        }
    }

    /** A secret (the holder token) in the body: no cache may keep it. */
    private static ResponseEntity.BodyBuilder noStore(HttpStatus status) {
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore());
    }
}
