package vn.qrqg.risk.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 34 provinces as a GeoJSON FeatureCollection ({@link ProvinceShapes}) with each one's levels
 * in its properties, for the map. The geometry is written as the shapes keep it, never parsed again.
 */
final class ProvinceMap {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProvinceShapes shapes;

    ProvinceMap(ProvinceShapes shapes) {
        this.shapes = shapes;
    }

    /** @param view the provinces' levels ({@link LevelViews#levels}) */
    byte[] geoJson(Map<String, Object> view) {
        Map<String, Map<String, Object>> levels = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) view.get("items");
        items.forEach(item -> levels.put((String) item.get("code"), item));
        StringBuilder out = new StringBuilder(600_000);
        out.append("{\"type\":\"FeatureCollection\",\"date\":").append(JSON.writeValueAsString(view.get("date")))
                .append(",\"assessedOn\":").append(JSON.writeValueAsString(view.get("assessedOn")))
                .append(",\"features\":[");
        boolean first = true;
        for (ProvinceShapes.ProvinceShape shape : shapes.all()) {
            Map<String, Object> item = levels.getOrDefault(shape.code(), Map.of());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("code", shape.code());
            properties.put("name", shape.name());
            properties.put("level", item.get("level"));
            properties.put("computedLevel", item.get("computedLevel"));
            properties.put("declaredLevel", item.get("declaredLevel"));
            out.append(first ? "" : ",").append("{\"type\":\"Feature\",\"id\":\"").append(shape.code())
                    .append("\",\"properties\":").append(JSON.writeValueAsString(properties))
                    .append(",\"geometry\":").append(shape.geometryJson()).append('}');
            first = false;
        }
        out.append("]}");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
