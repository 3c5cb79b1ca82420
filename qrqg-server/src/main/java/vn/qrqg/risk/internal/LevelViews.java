package vn.qrqg.risk.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.qrqg.identity.AdministrativeAreas;

/**
 * The public view of the levels (docs/risk.md, "Public API"): every province or commune asked
 * for, with the assessment of the last day assessed by the date asked and the declarations in
 * force on that date. Aggregates only: counts under the small count shown as "&lt; n", and a
 * province's count rounded to a multiple of it, so that no commune's small count follows from
 * the province's less its other communes'.
 */
final class LevelViews {

    /** Provinces or communes. */
    enum Scope { PROVINCE, COMMUNE }

    private final AdministrativeAreas areas;
    private final LevelRepository levels;
    private final Declarations declarations;
    private final CriteriaVersions criteria;
    private final int smallCount;

    LevelViews(AdministrativeAreas areas, LevelRepository levels, Declarations declarations, CriteriaVersions criteria,
            int smallCount) {
        this.areas = areas;
        this.levels = levels;
        this.declarations = declarations;
        this.criteria = criteria;
        this.smallCount = smallCount;
    }

    /** {@code {date, assessedOn, criteria, items}}; {@code provinceCode} a known province or null for all. */
    Map<String, Object> levels(LocalDate date, Scope scope, String provinceCode) {
        LocalDate assessedOn = levels.lastAssessedBy(date).orElse(null);
        List<AdministrativeAreas.Province> provinces = provinceCode == null ? areas.provinces()
                : List.of(areas.province(provinceCode).orElseThrow());
        Map<String, LevelRepository.Assessed> rows = assessedOn == null ? Map.of()
                : RiskAssessment.byCode(provinceCode == null ? levels.day(assessedOn)
                        : levels.of(codesOf(provinceCode), assessedOn));
        Map<String, Declarations.Declaration> declared = declarations.inForce(date);
        List<Map<String, Object>> items = new ArrayList<>();
        for (AdministrativeAreas.Province province : provinces) {
            if (scope == Scope.PROVINCE) {
                items.add(item(province.code(), province.name(), province.code(), rows.get(province.code()), null));
            } else {
                for (AdministrativeAreas.Commune commune : areas.communesOf(province.code())) {
                    items.add(item(commune.code(), commune.name(), province.code(), rows.get(commune.code()),
                            declared.get(commune.code())));
                }
            }
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("date", date.toString());
        view.put("assessedOn", assessedOn == null ? null : assessedOn.toString());
        CriteriaVersions.Version version = provinceCode == null ? criteria.national(date)
                : criteria.inForce(provinceCode, date);
        view.put("criteria", criteria(version));
        view.put("items", items);
        return view;
    }

    /** The province's code and its communes'. */
    private List<String> codesOf(String provinceCode) {
        List<String> codes = new ArrayList<>(areas.communesOf(provinceCode).stream()
                .map(AdministrativeAreas.Commune::code).toList());
        codes.add(provinceCode);
        return codes;
    }

    /** Whether {@code code} is a province or a commune of the current structure. */
    boolean isArea(String code) {
        return areas.province(code).isPresent() || areas.commune(code).isPresent();
    }

    /** One locality's levels ({@link #isArea}) on {@code weeks} days a week apart, ending at {@code date}, oldest first. */
    Map<String, Object> history(String code, LocalDate date, int weeks) {
        boolean province = areas.province(code).isPresent();
        String name = province ? areas.province(code).orElseThrow().name() : areas.commune(code).orElseThrow().name();
        String provinceCode = province ? code : areas.commune(code).orElseThrow().provinceCode();
        List<LocalDate> days = new ArrayList<>();
        for (int week = weeks - 1; week >= 0; week--) {
            days.add(date.minusWeeks(week));
        }
        Map<LocalDate, LevelRepository.Assessed> rows = new LinkedHashMap<>();
        levels.of(code, days).forEach(row -> rows.put(row.assessedOn(), row));
        List<Map<String, Object>> points = new ArrayList<>();
        for (LocalDate day : days) {
            Map<String, Object> item = item(code, name, provinceCode, rows.get(day),
                    province ? null : declarations.inForce(day).get(code));
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("date", day.toString());
            point.put("level", item.get("level"));
            point.put("computedLevel", item.get("computedLevel"));
            point.put("casesPerWeek", item.get("casesPerWeek"));
            point.put("casesPer100k", item.get("casesPer100k"));
            points.add(point);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("name", name);
        view.put("provinceCode", provinceCode);
        view.put("points", points);
        return view;
    }

    private Map<String, Object> item(String code, String name, String provinceCode, LevelRepository.Assessed row,
            Declarations.Declaration declaration) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", code);
        item.put("name", name);
        item.put("provinceCode", provinceCode);
        Integer computed = row == null ? null : row.computedLevel();
        item.put("level", declaration != null ? declaration.level() : computed);
        item.put("computedLevel", computed);
        if (declaration != null) {
            item.put("declaredLevel", declaration.level());
            Map<String, Object> declared = new LinkedHashMap<>();
            declared.put("level", declaration.level());
            declared.put("reason", declaration.reason());
            declared.put("decisionNumber", declaration.decisionNumber());
            declared.put("from", declaration.effectiveFrom().toString());
            item.put("declared", declared);
        }
        if (row == null) {
            item.put("casesPerWeek", null);
            item.put("casesPer100k", null);
            item.put("population", null);
            item.put("coverage", null);
            item.put("capacityMet", null);
            item.put("since", declaration == null ? null : declaration.effectiveFrom().toString());
            return item;
        }
        boolean small = row.cases() > 0 && row.cases() < smallCount;
        // a province's exact count less its communes' would give a commune's small count back
        long cases = code.length() == 2 && !small ? roundedToSmallCount(row.cases()) : row.cases();
        item.put("casesPerWeek", small ? "< " + smallCount : cases);
        if (row.population() == 0) {
            item.put("casesPer100k", null);
        } else if (small) {
            item.put("casesPer100k", "< " + oneDecimal(smallCount * 100_000.0 / row.population(), RoundingMode.UP));
        } else {
            item.put("casesPer100k", oneDecimal(cases * 100_000.0 / row.population(), RoundingMode.HALF_UP));
        }
        item.put("population", row.population());
        Map<String, Object> coverage = new LinkedHashMap<>();
        coverage.put("met", row.coverageMet());
        coverage.put("measures", row.coverage().stream().map(measure -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", measure.name());
            one.put("doses", measure.doses().name());
            one.put("minAge", measure.minAge());
            // a share of fewer people than the small count would tell who is vaccinated
            one.put("percent", measure.people() < smallCount ? null
                    : oneDecimal(measure.vaccinated() * 100.0 / measure.people(), RoundingMode.HALF_UP));
            one.put("targetPercent", CriteriaJson.number(measure.targetPercent()));
            one.put("met", measure.met());
            return one;
        }).toList());
        item.put("coverage", coverage);
        item.put("capacityMet", row.capacityMet());
        item.put("since", (declaration != null ? declaration.effectiveFrom() : row.computedSince()).toString());
        item.put("criteria", row.criteria());
        return item;
    }

    /** To the nearest multiple of the small count, never below it: 0 stays 0. */
    private long roundedToSmallCount(long cases) {
        return cases == 0 ? 0 : Math.max(smallCount, Math.round((double) cases / smallCount) * smallCount);
    }

    static Map<String, Object> criteria(CriteriaVersions.Version version) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", version.id());
        view.put("effectiveFrom", version.effectiveFrom().toString());
        view.putAll(CriteriaJson.json(version.criteria()));
        return view;
    }

    private static BigDecimal oneDecimal(double value, RoundingMode rounding) {
        return BigDecimal.valueOf(value).setScale(1, rounding);
    }
}
