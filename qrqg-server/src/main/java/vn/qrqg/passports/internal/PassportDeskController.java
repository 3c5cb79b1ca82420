package vn.qrqg.passports.internal;

import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.JsonFields;

/**
 * The officials' endpoints of the passport (docs/dcc.md, "Issuing the passport"): the requests
 * awaiting the caller, a site's decision ({@code dcc:site}), the department's signature and
 * revocation ({@code dcc:sign}). {@link PassportDesk}'s answers, which no cache keeps.
 */
@RestController
class PassportDeskController {
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();
    private static final Set<String> DECISION = Set.of("decision", "reason");
    private static final Set<String> REVOCATION = Set.of("reason");
    static final int MAX_REASON = 500;

    enum SiteDecision { APPROVE, REJECT }

    enum Signature { SIGN, REJECT }

    private final PassportDesk desk;

    PassportDeskController(PassportDesk desk) {
        this.desk = desk;
    }

    /** With scope dcc:site, the requests awaiting the app's site; with dcc:sign, those awaiting signature. */
    @GetMapping("/api/v1/passports/requests")
    ResponseEntity<PassportDesk.DeskList> awaiting(@AuthenticationPrincipal CallingClient official) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(desk.awaiting(official));
    }

    /** {@code {decision: APPROVE|REJECT, reason}}; the reason is required to reject, and the person reads it. */
    @RequiresScope(Scopes.DCC_SITE)
    @PostMapping("/api/v1/passports/requests/{id}/site-decision")
    PassportDesk.Decided siteDecision(@PathVariable("id") String id, @RequestBody(required = false) JsonNode body,
            @AuthenticationPrincipal CallingClient official) {
        FieldErrors errors = new FieldErrors();
        JsonFields fields = object(body, errors);
        fields.onlyMembers(DECISION);
        SiteDecision decision = fields.oneOf("decision", SiteDecision.class, true);
        String reason = reason(fields, decision == SiteDecision.REJECT);
        errors.throwIfAny();
        return desk.siteDecision(official, CitizenPassportsController.uuid(id), decision == SiteDecision.APPROVE,
                reason);
    }

    /** {@code {decision: SIGN|REJECT, reason}}; the reason is required to reject. */
    @RequiresScope(Scopes.DCC_SIGN)
    @PostMapping("/api/v1/passports/requests/{id}/signature")
    PassportDesk.Decided signature(@PathVariable("id") String id, @RequestBody(required = false) JsonNode body,
            @AuthenticationPrincipal CallingClient official) {
        FieldErrors errors = new FieldErrors();
        JsonFields fields = object(body, errors);
        fields.onlyMembers(DECISION);
        Signature decision = fields.oneOf("decision", Signature.class, true);
        String reason = reason(fields, decision == Signature.REJECT);
        errors.throwIfAny();
        return desk.signature(official, CitizenPassportsController.uuid(id), decision == Signature.SIGN, reason);
    }

    /** {@code {reason}}, required: the person reads why. */
    @RequiresScope(Scopes.DCC_SIGN)
    @PostMapping("/api/v1/passports/{id}/revocation")
    PassportDesk.Decided revoke(@PathVariable("id") String id, @RequestBody(required = false) JsonNode body,
            @AuthenticationPrincipal CallingClient official) {
        FieldErrors errors = new FieldErrors();
        JsonFields fields = object(body, errors);
        fields.onlyMembers(REVOCATION);
        String reason = fields.text("reason", true, MAX_REASON);
        errors.throwIfAny();
        return desk.revoke(official, CitizenPassportsController.uuid(id), reason);
    }

    private static String reason(JsonFields fields, boolean rejecting) {
        String reason = fields.text("reason", false, MAX_REASON);
        if (rejecting && reason == null && !fields.has("reason")) {
            fields.error("reason", "is required to reject: the person reads it");
        }
        return reason;
    }

    private static JsonFields object(JsonNode body, FieldErrors errors) {
        if (body == null || !body.isObject()) {
            errors.reject("", "the body must be a JSON object");
            errors.throwIfAny();
        }
        return new JsonFields(body, "", errors);
    }
}
