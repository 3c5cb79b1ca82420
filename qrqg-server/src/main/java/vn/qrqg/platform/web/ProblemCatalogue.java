package vn.qrqg.platform.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@link ProblemType} as apps read it: a schema of the OpenAPI document (and its
 * {@code x-problem-types}), and the table of docs/api.md, both written from the enum so that
 * neither drifts from what the platform answers.
 */
final class ProblemCatalogue {
    static final String SCHEMA = "ProblemType";
    static final String EXTENSION = "x-problem-types";

    private ProblemCatalogue() {
    }

    /** Adds the catalogue to the document: a string schema of every type URI, and each type's status and title. */
    static void describe(OpenAPI api) {
        StringSchema schema = new StringSchema();
        schema.format("uri").description("The stable `type` of every RFC 9457 problem detail the platform answers; "
                + "Spring MVC's own errors of another status are `https://qrqg.vn/problems/http-{status}`.");
        Arrays.stream(ProblemType.values()).forEach(type -> schema.addEnumItem(type.uri().toString()));
        List<Map<String, Object>> types = Arrays.stream(ProblemType.values()).map(type -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", type.uri().toString());
            entry.put("status", type.status().value());
            entry.put("title", type.title());
            entry.put("meaning", type.meaning());
            return entry;
        }).toList();
        schema.addExtension(EXTENSION, types);
        api.schema(SCHEMA, schema);
        api.addExtension(EXTENSION, types);
    }

    /** The Markdown table of docs/api.md, one row a type, in the enum's order. */
    static String markdownTable() {
        return "| Type | Status | Title | Meaning |\n|---|---|---|---|\n" + Arrays.stream(ProblemType.values())
                .map(type -> "| `" + type.uri() + "` | " + type.status().value() + " | " + type.title() + " | "
                        + type.meaning() + " |\n")
                .collect(Collectors.joining());
    }
}
