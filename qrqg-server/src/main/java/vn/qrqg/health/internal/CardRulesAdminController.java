package vn.qrqg.health.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.health.UnknownProvinceException;
import vn.qrqg.identity.AdministrativeAreas;

/**
 * The provinces' COVID card rules for operators (scope admin, as everything under
 * {@code /api/v1/admin/}): upload a new version, see what applies now and every version before.
 * Rules are public facts, not personal data: nothing here is audited.
 */
@RestController
@RequestMapping("/api/v1/admin/covid-card-rules")
class CardRulesAdminController {

    /** One uploaded version, as uploaded; {@code rules} only for mode RULES. */
    record Version(String provinceCode, int version, OffsetDateTime effectiveFrom, RuleSet.Mode mode,
            List<Map<String, Object>> rules, OffsetDateTime uploadedAt, String uploadedBy) {
    }

    /**
     * What applies now: the version in force ({@code null} version and effectiveFrom when none is,
     * and the national default applies), and the rules that apply (the national default's for mode
     * NATIONAL_DEFAULT, none for NONE).
     */
    record Current(Integer version, OffsetDateTime effectiveFrom, RuleSet.Mode mode, List<Map<String, Object>> rules) {
    }

    record Province(String provinceCode, String provinceName, Current current, List<Version> history) {
    }

    record Overview(List<Map<String, Object>> nationalDefault, List<Province> provinces) {
    }

    private final CardRules rules;
    private final AdministrativeAreas areas;
    private final Clock clock;

    CardRulesAdminController(CardRules rules, AdministrativeAreas areas, Clock clock) {
        this.rules = rules;
        this.areas = areas;
        this.clock = clock;
    }

    @PutMapping("/{provinceCode}")
    Version upload(@PathVariable("provinceCode") String provinceCode, @RequestBody(required = false) JsonNode body,
            @AuthenticationPrincipal CallingClient client) {
        province(provinceCode);
        RuleSetJson.Upload upload = RuleSetJson.upload(body);
        return view(rules.upload(provinceCode, upload.ruleSet(), upload.effectiveFrom(), client.clientId()));
    }

    @GetMapping("/{provinceCode}")
    Province get(@PathVariable("provinceCode") String provinceCode) {
        return province(province(provinceCode), rules.versions(provinceCode));
    }

    /** The national default, and every province that has versions of its own. */
    @GetMapping
    Overview all() {
        List<Province> provinces = rules.all().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> province(province(entry.getKey()), entry.getValue())).toList();
        return new Overview(RuleSetJson.json(rules.nationalDefault().rules()), provinces);
    }

    private Province province(AdministrativeAreas.Province province, List<RuleVersion> versions) {
        RuleVersion inForce = rules.inForce(province.code(), clock.instant()).orElse(null);
        RuleSet.Mode mode = inForce == null ? RuleSet.Mode.NATIONAL_DEFAULT : inForce.ruleSet().mode();
        List<Map<String, Object>> applying = switch (mode) {
            case RULES -> RuleSetJson.json(inForce.ruleSet().rules());
            case NONE -> List.of();
            case NATIONAL_DEFAULT -> RuleSetJson.json(rules.nationalDefault().rules());
        };
        Current current = new Current(inForce == null ? null : inForce.version(),
                inForce == null ? null : VietnamTime.of(inForce.effectiveFrom()), mode, applying);
        return new Province(province.code(), province.name(), current,
                versions.stream().sorted(Comparator.comparing(RuleVersion::version).reversed()).map(this::view).toList());
    }

    private Version view(RuleVersion version) {
        return new Version(version.provinceCode(), version.version(), VietnamTime.of(version.effectiveFrom()),
                version.ruleSet().mode(), version.ruleSet().mode() == RuleSet.Mode.RULES
                        ? RuleSetJson.json(version.ruleSet().rules()) : null,
                VietnamTime.of(version.uploadedAt()), version.uploadedBy());
    }

    private AdministrativeAreas.Province province(String code) {
        return areas.province(code).orElseThrow(UnknownProvinceException::new);
    }
}
