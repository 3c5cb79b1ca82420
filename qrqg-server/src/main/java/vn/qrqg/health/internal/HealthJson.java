package vn.qrqg.health.internal;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of what health keeps (sealed records, stored rules): its own mapper, so that settings
 * of the web layer's never change what is stored. Not a bean: one would replace Spring Boot's.
 */
final class HealthJson {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private HealthJson() {
    }
}
