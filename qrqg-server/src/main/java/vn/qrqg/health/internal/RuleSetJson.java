package vn.qrqg.health.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.qrqg.health.CardColour;
import vn.qrqg.health.ExposureHistory;
import vn.qrqg.health.TestResult;
import vn.qrqg.health.TestType;
import vn.qrqg.platform.web.FieldErrors;
import vn.qrqg.platform.web.JsonFields;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * COVID card rule sets as JSON (docs/covid-card.md): read and validated, every error named by its
 * JSON path ({@code rules[2].conditions[0].days}), and written back in the same form.
 */
final class RuleSetJson {
    static final int MAX_RULES = 50;
    static final int MAX_CONDITIONS = 10;
    static final int MAX_LABEL = 100;
    static final int MAX_DAYS = 3650;
    static final int MAX_HOURS = 8760;
    static final int MAX_YEARS = 120;
    private static final String TYPES = "VACCINATED, RECOVERED, TESTED, EXPOSED or AGE_UNDER";

    /** A validated upload: the rule set, and when it takes effect ({@code null}: now). */
    record Upload(RuleSet ruleSet, Instant effectiveFrom) {
    }

    private RuleSetJson() {
    }

    /**
     * {@code {effectiveFrom?, mode?, rules?}} as uploaded.
     *
     * @throws InvalidFieldException naming every bad part
     */
    static Upload upload(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        if (body == null || !body.isObject()) {
            throw new InvalidFieldException("body", "must be a JSON object: {effectiveFrom?, mode?, rules?}");
        }
        JsonFields fields = new JsonFields(body, "", errors);
        fields.onlyMembers(Set.of("effectiveFrom", "mode", "rules"));
        Instant effectiveFrom = fields.instant("effectiveFrom", false);
        RuleSet.Mode mode = fields.has("mode") ? fields.oneOf("mode", RuleSet.Mode.class, true) : RuleSet.Mode.RULES;
        List<Rule> rules = List.of();
        if (mode == RuleSet.Mode.RULES) {
            rules = rules(body.get("rules"), "rules", errors);
        } else if (mode != null && fields.has("rules")) {
            fields.error("rules", "must be left out with mode " + mode + ": it has no rules of its own");
        }
        errors.throwIfAny();
        return new Upload(new RuleSet(mode, rules), effectiveFrom);
    }

    /** A rule set as stored or shipped, which was validated before: a bad one is a fault of the platform. */
    static RuleSet stored(RuleSet.Mode mode, JsonNode rules) {
        if (mode != RuleSet.Mode.RULES) {
            return mode == RuleSet.Mode.NONE ? RuleSet.NONE : RuleSet.NATIONAL_DEFAULT;
        }
        FieldErrors errors = new FieldErrors();
        List<Rule> parsed = rules(rules, "rules", errors);
        if (errors.count() > 0) {
            throw new IllegalStateException("stored COVID card rules are invalid: " + errors.list());
        }
        return new RuleSet(mode, parsed);
    }

    private static List<Rule> rules(JsonNode rules, String path, FieldErrors errors) {
        if (rules == null || rules.isNull() || !rules.isArray() || rules.isEmpty() || rules.size() > MAX_RULES) {
            errors.reject(path, "must be a list of 1 to " + MAX_RULES
                    + " rules (to mark a province without rules, send mode NONE)");
            return List.of();
        }
        List<Rule> parsed = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            String rulePath = path + "[" + i + "]";
            JsonNode rule = rules.get(i);
            if (!rule.isObject()) {
                errors.reject(rulePath, "must be an object: {colour, label?, labelVi?, conditions}");
                continue;
            }
            JsonFields fields = new JsonFields(rule, rulePath, errors);
            fields.onlyMembers(Set.of("colour", "label", "labelVi", "conditions"));
            CardColour colour = fields.oneOf("colour", CardColour.class, true);
            if (colour == CardColour.NEUTRAL) {
                fields.error("colour", "must be GREEN, YELLOW or RED: NEUTRAL is for a province without rules (mode NONE)");
                colour = null;
            }
            String label = fields.text("label", false, MAX_LABEL);
            String labelVi = fields.text("labelVi", false, MAX_LABEL);
            List<Condition> conditions = conditions(rule.get("conditions"), fields.pathOf("conditions"), errors);
            if (colour != null && conditions != null) {
                parsed.add(new Rule(colour, label, labelVi, conditions));
            }
        }
        return parsed;
    }

    private static List<Condition> conditions(JsonNode conditions, String path, FieldErrors errors) {
        if (conditions == null || !conditions.isArray() || conditions.size() > MAX_CONDITIONS) {
            errors.reject(path, "must be a list of 0 to " + MAX_CONDITIONS
                    + " conditions, all of which must hold (none: the rule holds for everyone)");
            return null;
        }
        List<Condition> parsed = new ArrayList<>();
        int before = errors.count();
        for (int j = 0; j < conditions.size(); j++) {
            String conditionPath = path + "[" + j + "]";
            JsonNode condition = conditions.get(j);
            if (!condition.isObject()) {
                errors.reject(conditionPath, "must be an object with a type: " + TYPES);
                continue;
            }
            Condition read = condition(new JsonFields(condition, conditionPath, errors));
            if (read != null) {
                parsed.add(read);
            }
        }
        return errors.count() == before ? parsed : null;
    }

    private static Condition condition(JsonFields fields) {
        String type = fields.text("type", true, 20);
        if (type == null) {
            return null;
        }
        switch (type) {
            case "VACCINATED" -> {
                fields.onlyMembers(Set.of("type", "doses", "days"));
                Integer doses = fields.integer("doses", true, 1, 10);
                Integer days = fields.has("days") ? fields.integer("days", true, 0, MAX_DAYS) : Integer.valueOf(0);
                return doses == null || days == null ? null : new Condition.Vaccinated(doses, days);
            }
            case "RECOVERED" -> {
                fields.onlyMembers(Set.of("type", "withinDays"));
                Integer within = fields.integer("withinDays", true, 0, MAX_DAYS);
                return within == null ? null : new Condition.Recovered(within);
            }
            case "TESTED" -> {
                fields.onlyMembers(Set.of("type", "testType", "result", "withinHours"));
                TestType testType = fields.oneOf("testType", TestType.class, false);
                TestResult result = fields.oneOf("result", TestResult.class, true);
                Integer within = fields.integer("withinHours", true, 0, MAX_HOURS);
                boolean badType = fields.has("testType") && testType == null;
                return result == null || within == null || badType ? null : new Condition.Tested(testType, result, within);
            }
            case "EXPOSED" -> {
                fields.onlyMembers(Set.of("type", "level", "withinDays"));
                ExposureHistory.Level level = fields.has("level")
                        ? fields.oneOf("level", ExposureHistory.Level.class, true) : ExposureHistory.Level.F1;
                Integer within = fields.integer("withinDays", true, 0, MAX_DAYS);
                return level == null || within == null ? null : new Condition.Exposed(level, within);
            }
            case "AGE_UNDER" -> {
                fields.onlyMembers(Set.of("type", "years"));
                Integer years = fields.integer("years", true, 1, MAX_YEARS);
                return years == null ? null : new Condition.AgeUnder(years);
            }
            default -> {
                fields.error("type", "must be " + TYPES);
                return null;
            }
        }
    }

    /** The rules as JSON values, as they are uploaded: for answers and for storage. */
    static List<Map<String, Object>> json(List<Rule> rules) {
        return rules.stream().map(rule -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("colour", rule.colour().name());
            if (rule.label() != null) {
                json.put("label", rule.label());
            }
            if (rule.labelVi() != null) {
                json.put("labelVi", rule.labelVi());
            }
            json.put("conditions", rule.conditions().stream().map(RuleSetJson::json).toList());
            return json;
        }).toList();
    }

    private static Map<String, Object> json(Condition condition) {
        Map<String, Object> json = new LinkedHashMap<>();
        switch (condition) {
            case Condition.Vaccinated v -> {
                json.put("type", "VACCINATED");
                json.put("doses", v.doses());
                json.put("days", v.days());
            }
            case Condition.Recovered r -> {
                json.put("type", "RECOVERED");
                json.put("withinDays", r.withinDays());
            }
            case Condition.Tested t -> {
                json.put("type", "TESTED");
                if (t.testType() != null) {
                    json.put("testType", t.testType().name());
                }
                json.put("result", t.result().name());
                json.put("withinHours", t.withinHours());
            }
            case Condition.Exposed e -> {
                json.put("type", "EXPOSED");
                json.put("level", e.level().name());
                json.put("withinDays", e.withinDays());
            }
            case Condition.AgeUnder a -> {
                json.put("type", "AGE_UNDER");
                json.put("years", a.years());
            }
        }
        return json;
    }
}
