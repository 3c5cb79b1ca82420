package vn.qrqg.risk.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.health.UnknownProvinceException;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.JsonFields;
import vn.qrqg.risk.AreaNotFoundException;

/**
 * Province officials' endpoints (scope {@code risk:write}, docs/risk.md, "Province officials"):
 * enter treatment capacity, declare a commune's level by decision or lift it, and list what is
 * declared. An app limited to provinces acts for those only.
 */
@RestController
@RequiresScope(Scopes.RISK_WRITE)
class RiskOfficialsController {
    private static final Set<String> CAPACITY = Set.of("met", "note", "effectiveFrom");
    private static final Set<String> DECLARATION = Set.of("communeCode", "level", "reason", "decisionNumber",
            "effectiveFrom");

    /** A capacity entry as answered. */
    record CapacityView(String provinceCode, boolean met, String note, LocalDate effectiveFrom, String enteredBy) {
    }

    /** A declaration as answered; level, reason and decisionNumber null when it lifts one. */
    record DeclarationView(UUID declarationId, String communeCode, String communeName, String provinceCode,
            Integer level, String reason, String decisionNumber, LocalDate effectiveFrom, String declaredBy) {
    }

    private final ProvinceOfficials officials;
    private final AdministrativeAreas areas;

    RiskOfficialsController(ProvinceOfficials officials, AdministrativeAreas areas) {
        this.officials = officials;
        this.areas = areas;
    }

    @PutMapping("/api/v1/risk/provinces/{provinceCode}/capacity")
    CapacityView capacity(@PathVariable("provinceCode") String provinceCode, @RequestBody(required = false) JsonNode body,
            @AuthenticationPrincipal CallingClient official) {
        if (areas.province(provinceCode).isEmpty()) {
            throw new UnknownProvinceException();
        }
        FieldErrors errors = new FieldErrors();
        JsonFields fields = object(body, errors);
        fields.onlyMembers(CAPACITY);
        JsonNode met = fields.node("met");
        if (met == null || !met.isBoolean()) {
            fields.error("met", "is required: true when treatment capacity meets the criteria, false when it fails");
        }
        String note = fields.text("note", false, 500);
        LocalDate from = fields.date("effectiveFrom", false);
        errors.throwIfAny();
        Capacities.Capacity entered = officials.enterCapacity(provinceCode, met.booleanValue(), note, from, official);
        return new CapacityView(entered.provinceCode(), entered.met(), entered.note(), entered.effectiveFrom(),
                entered.enteredBy());
    }

    @PostMapping("/api/v1/risk/declarations")
    ResponseEntity<DeclarationView> declare(@RequestBody(required = false) JsonNode body,
            @AuthenticationPrincipal CallingClient official) {
        FieldErrors errors = new FieldErrors();
        JsonFields fields = object(body, errors);
        fields.onlyMembers(DECLARATION);
        String communeCode = fields.text("communeCode", true, 5);
        AdministrativeAreas.Commune commune = communeCode == null ? null : areas.commune(communeCode).orElse(null);
        if (communeCode != null && commune == null) {
            fields.error("communeCode", "must be a commune of the current structure: five digits, e.g. 00004");
        }
        Integer level = fields.integer("level", true, 1, 4);
        String reason = fields.text("reason", true, 500);
        String decision = fields.text("decisionNumber", true, 50);
        LocalDate from = fields.date("effectiveFrom", false);
        errors.throwIfAny();
        Declarations.Declaration declared = officials.declare(commune.code(), commune.provinceCode(), level, reason,
                decision, from, official);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(declared));
    }

    /** Lifts the commune's declared level from today: its computed level applies again. */
    @DeleteMapping("/api/v1/risk/declarations/{communeCode}")
    DeclarationView lift(@PathVariable("communeCode") String communeCode, @AuthenticationPrincipal CallingClient official) {
        AdministrativeAreas.Commune commune = areas.commune(communeCode).orElseThrow(AreaNotFoundException::new);
        return view(officials.declare(commune.code(), commune.provinceCode(), null, null, null, null, official));
    }

    /** The declarations in force today in the provinces the app covers. */
    @GetMapping("/api/v1/risk/declarations")
    ResponseEntity<Map<String, Object>> declared(@AuthenticationPrincipal CallingClient official) {
        List<DeclarationView> declared = officials.declaredToday().values().stream()
                .filter(declaration -> official.covers(declaration.provinceCode()))
                .sorted(Comparator.comparing(Declarations.Declaration::communeCode)).map(this::view).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("date", officials.today());
        answer.put("items", declared);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(answer);
    }

    private DeclarationView view(Declarations.Declaration declaration) {
        String name = areas.commune(declaration.communeCode()).map(AdministrativeAreas.Commune::name).orElse(null);
        return new DeclarationView(declaration.declarationId(), declaration.communeCode(), name,
                declaration.provinceCode(), declaration.level(), declaration.reason(), declaration.decisionNumber(),
                declaration.effectiveFrom(), declaration.declaredBy());
    }

    private static JsonFields object(JsonNode body, FieldErrors errors) {
        if (body == null || !body.isObject()) {
            errors.reject("", "the body must be a JSON object");
            errors.throwIfAny();
        }
        return new JsonFields(body, "", errors);
    }
}
