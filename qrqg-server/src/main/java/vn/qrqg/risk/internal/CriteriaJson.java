package vn.qrqg.risk.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.JsonFields;

/**
 * Criteria as JSON (docs/risk.md, "Criteria"): read and checked from an upload or a shipped file,
 * every mistake named by its path, and written back in the same form.
 */
final class CriteriaJson {
    private static final Set<String> MEMBERS = Set.of("name", "effectiveFrom", "casesPer100kPerWeek", "coverage",
            "levels", "capacityNotMet");
    private static final Set<String> THRESHOLD = Set.of("atLeast", "over");
    private static final Set<String> MEASURE = Set.of("name", "doses", "minAge", "targetPercent");
    private static final Set<String> LEVELS = Set.of("coverageMet", "coverageNotMet");
    private static final int MAX_MEASURES = 5;

    /** An upload: the criteria, and the day from which they apply (null: none given). */
    record Upload(Criteria criteria, LocalDate effectiveFrom) {
    }

    private CriteriaJson() {
    }

    /**
     * The criteria of {@code body}.
     *
     * @throws vn.qrqg.platform.web.InvalidFieldException naming every member that is wrong
     */
    static Upload read(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        if (body == null || !body.isObject()) {
            errors.reject("", "the body must be a JSON object of criteria");
            errors.throwIfAny();
        }
        JsonFields fields = new JsonFields(body, "", errors);
        fields.onlyMembers(MEMBERS);
        String name = fields.text("name", true, 100);
        LocalDate effectiveFrom = fields.date("effectiveFrom", false);
        List<Criteria.Threshold> thresholds = thresholds(body.get("casesPer100kPerWeek"), errors);
        List<Criteria.Measure> measures = measures(body.get("coverage"), errors);
        List<Integer> met = levels(body.get("levels"), "coverageMet", errors);
        List<Integer> notMet = levels(body.get("levels"), "coverageNotMet", errors);
        if (body.get("levels") != null && body.get("levels").isObject()) {
            new JsonFields(body.get("levels"), "levels", errors).onlyMembers(LEVELS);
        }
        Criteria.CapacityRule capacity = fields.oneOf("capacityNotMet", Criteria.CapacityRule.class, true);
        errors.throwIfAny();
        return new Upload(new Criteria(name, thresholds, measures, new Criteria.Levels(met, notMet), capacity),
                effectiveFrom);
    }

    private static List<Criteria.Threshold> thresholds(JsonNode node, FieldErrors errors) {
        String path = "casesPer100kPerWeek";
        if (node == null || !node.isArray() || node.size() != Criteria.BANDS - 1) {
            return errors.fail(path, "must be a list of three thresholds, lowest first, each {\"atLeast\": n} or {\"over\": n}");
        }
        List<Criteria.Threshold> thresholds = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode item = node.get(i);
            if (item == null || !item.isObject()) {
                errors.reject(at, "must be {\"atLeast\": n} or {\"over\": n}");
                continue;
            }
            new JsonFields(item, at, errors).onlyMembers(THRESHOLD);
            boolean over = item.has("over");
            JsonNode value = item.get(over ? "over" : "atLeast");
            if (item.has("over") == item.has("atLeast") || value == null || !value.isNumber() || value.doubleValue() < 0
                    || value.doubleValue() > 100_000) {
                errors.reject(at, "must have one of atLeast or over, a number from 0 to 100000");
                continue;
            }
            Criteria.Threshold threshold = new Criteria.Threshold(value.doubleValue(), over);
            if (!thresholds.isEmpty() && !above(threshold, thresholds.getLast())) {
                errors.reject(at, "must be higher than the threshold before it");
            }
            thresholds.add(threshold);
        }
        return thresholds.size() == Criteria.BANDS - 1 ? thresholds : null;
    }

    private static boolean above(Criteria.Threshold threshold, Criteria.Threshold before) {
        return threshold.value() > before.value() || threshold.value() == before.value() && threshold.over() && !before.over();
    }

    private static List<Criteria.Measure> measures(JsonNode node, FieldErrors errors) {
        String path = "coverage";
        if (node == null || !node.isArray() || node.size() > MAX_MEASURES) {
            return errors.fail(path, "must be a list of at most " + MAX_MEASURES
                    + " measures {name, doses, minAge, targetPercent} (an empty list: coverage always met)");
        }
        List<Criteria.Measure> measures = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode item = node.get(i);
            if (item == null || !item.isObject()) {
                errors.reject(at, "must be a measure {name, doses, minAge, targetPercent}");
                continue;
            }
            JsonFields fields = new JsonFields(item, at, errors);
            fields.onlyMembers(MEASURE);
            String name = fields.text("name", true, 100);
            Criteria.Doses doses = fields.oneOf("doses", Criteria.Doses.class, true);
            Integer minAge = fields.integer("minAge", true, 0, 120);
            JsonNode target = item.get("targetPercent");
            if (target == null || !target.isNumber() || target.doubleValue() < 0 || target.doubleValue() > 100) {
                fields.error("targetPercent", "must be a number from 0 to 100");
            } else if (name != null && doses != null && minAge != null) {
                measures.add(new Criteria.Measure(name, doses, minAge, target.doubleValue()));
            }
        }
        return measures;
    }

    private static List<Integer> levels(JsonNode node, String member, FieldErrors errors) {
        String path = "levels." + member;
        JsonNode list = node == null || !node.isObject() ? null : node.get(member);
        if (list == null || !list.isArray() || list.size() != Criteria.BANDS) {
            return errors.fail(path, "must be a list of four levels (1 to 4), one for each case band, never falling");
        }
        List<Integer> levels = new ArrayList<>();
        for (JsonNode level : list) {
            if (!level.isIntegralNumber() || level.intValue() < 1 || level.intValue() > 4
                    || !levels.isEmpty() && level.intValue() < levels.getLast()) {
                return errors.fail(path, "must be a list of four levels (1 to 4), one for each case band, never falling");
            }
            levels.add(level.intValue());
        }
        return levels;
    }

    /** The criteria as they are uploaded, without effectiveFrom. */
    static Map<String, Object> json(Criteria criteria) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", criteria.name());
        json.put("casesPer100kPerWeek", criteria.casesPer100kPerWeek().stream()
                .map(threshold -> Map.of(threshold.over() ? "over" : "atLeast", number(threshold.value()))).toList());
        json.put("coverage", criteria.coverage().stream().map(measure -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("name", measure.name());
            one.put("doses", measure.doses().name());
            one.put("minAge", measure.minAge());
            one.put("targetPercent", number(measure.targetPercent()));
            return one;
        }).toList());
        Map<String, Object> levels = new LinkedHashMap<>();
        levels.put("coverageMet", criteria.levels().coverageMet());
        levels.put("coverageNotMet", criteria.levels().coverageNotMet());
        json.put("levels", levels);
        json.put("capacityNotMet", criteria.capacityNotMet().name());
        return json;
    }

    /** 20 rather than 20.0 where the value is whole. */
    static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }
}
