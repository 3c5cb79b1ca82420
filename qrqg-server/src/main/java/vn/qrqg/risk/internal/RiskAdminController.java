package vn.qrqg.risk.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.health.UnknownProvinceException;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * Operators' risk endpoints (scope admin, as everything under {@code /api/v1/admin/}): assess a
 * day again at once, and the criteria's versions: see them, upload the next of the country's
 * ({@code VN}) or a province's own. Criteria are public facts; an upload is audited as a
 * privileged action.
 */
@RestController
@RequestMapping("/api/v1/admin/risk")
class RiskAdminController {

    /** One version of the criteria as answered. */
    record Version(String id, String scope, int version, LocalDate effectiveFrom, Instant uploadedAt, String uploadedBy,
            Map<String, Object> criteria) {
    }

    private final RiskAssessment assessment;
    private final CriteriaVersions criteria;
    private final AnswerCache cache;
    private final AdministrativeAreas areas;
    private final Clock clock;

    RiskAdminController(RiskAssessment assessment, CriteriaVersions criteria, AnswerCache cache,
            AdministrativeAreas areas, Clock clock) {
        this.assessment = assessment;
        this.criteria = criteria;
        this.cache = cache;
        this.areas = areas;
        this.clock = clock;
    }

    /** Assesses {@code date} (today when left out) again now; answers what it did. */
    @PostMapping("/recompute")
    RiskAssessment.Outcome recompute(@RequestParam(name = "date", required = false) String date) {
        LocalDate day;
        try {
            day = date == null || date.isBlank() ? today() : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("date", "must be a date as YYYY-MM-DD (Vietnam time), e.g. 2026-12-06");
        }
        if (day.isAfter(today()) || day.isBefore(today().minusDays(RiskAssessment.WEEK))) {
            // an older day's cases are past their retention: assessing it again would rewrite its history with fewer
            throw new InvalidFieldException("date", "must be today or one of the past " + RiskAssessment.WEEK
                    + " days: older days' cases are past their retention, so their levels are kept as assessed");
        }
        RiskAssessment.Outcome outcome = assessment.assess(day);
        cache.clear();
        return outcome;
    }

    @GetMapping("/criteria")
    Map<String, Object> versions() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("nationalInForce", criteria.national(today()).id());
        answer.put("versions", criteria.all().stream().map(RiskAdminController::view).toList());
        return answer;
    }

    /** The next version of {@code scope}: {@code VN} for the country, or a province's code for its own. */
    @PutMapping("/criteria/{scope}")
    Version upload(@PathVariable("scope") String scope, @RequestBody(required = false) JsonNode body,
            @AuthenticationPrincipal CallingClient operator) {
        if (!scope.equals(CriteriaVersions.NATIONAL) && areas.province(scope).isEmpty()) {
            throw new UnknownProvinceException();
        }
        CriteriaJson.Upload upload = CriteriaJson.read(body);
        Version stored = view(criteria.upload(scope, upload.criteria(), upload.effectiveFrom(), today(),
                operator.clientId()));
        cache.clear();
        return stored;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }

    private static Version view(CriteriaVersions.Version version) {
        return new Version(version.id(), version.scope(), version.version(), version.effectiveFrom(),
                version.uploadedAt(), version.uploadedBy(), CriteriaJson.json(version.criteria()));
    }
}
