package vn.qrqg.risk.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * GeoJSON (RFC 7946) Polygon and MultiPolygon geometries to and from JTS, the only kinds the map
 * has: longitude first, WGS 84. Read from a Jackson tree; written as compact text, exterior rings
 * counterclockwise and holes clockwise as the RFC asks, each number as short as it is.
 */
final class GeoJson {

    private GeoJson() {
    }

    static Geometry read(JsonNode geometry, GeometryFactory factory) {
        String type = geometry.path("type").asString();
        JsonNode coordinates = geometry.path("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(coordinates, factory);
            case "MultiPolygon" -> {
                List<Polygon> polygons = new ArrayList<>();
                coordinates.forEach(polygon -> polygons.add(polygon(polygon, factory)));
                yield factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
            }
            default -> throw new IllegalArgumentException("not a polygon: GeoJSON type '" + type + "'");
        };
    }

    /** {@code {"type":"Polygon"|"MultiPolygon","coordinates":[…]}}; any other geometry is refused. */
    static String write(Geometry geometry) {
        StringBuilder json = new StringBuilder();
        if (geometry instanceof Polygon polygon) {
            json.append("{\"type\":\"Polygon\",\"coordinates\":");
            polygon(json, polygon);
        } else if (geometry instanceof MultiPolygon multi) {
            json.append("{\"type\":\"MultiPolygon\",\"coordinates\":[");
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                json.append(i == 0 ? "" : ",");
                polygon(json, (Polygon) multi.getGeometryN(i));
            }
            json.append(']');
        } else {
            throw new IllegalArgumentException("not a polygon: " + geometry.getGeometryType());
        }
        return json.append('}').toString();
    }

    private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
        List<LinearRing> all = new ArrayList<>();
        rings.forEach(ring -> {
            Coordinate[] points = new Coordinate[ring.size()];
            for (int i = 0; i < points.length; i++) {
                points[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
            }
            all.add(factory.createLinearRing(points));
        });
        if (all.isEmpty()) {
            return factory.createPolygon();
        }
        return factory.createPolygon(all.getFirst(), all.subList(1, all.size()).toArray(LinearRing[]::new));
    }

    private static void polygon(StringBuilder json, Polygon polygon) {
        json.append('[');
        ring(json, polygon.getExteriorRing().getCoordinates(), true);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            json.append(',');
            ring(json, polygon.getInteriorRingN(i).getCoordinates(), false);
        }
        json.append(']');
    }

    private static void ring(StringBuilder json, Coordinate[] points, boolean counterclockwise) {
        boolean reverse = Orientation.isCCW(points) != counterclockwise;
        json.append('[');
        for (int i = 0; i < points.length; i++) {
            Coordinate point = points[reverse ? points.length - 1 - i : i];
            json.append(i == 0 ? "[" : ",[").append(number(point.x)).append(',').append(number(point.y)).append(']');
        }
        json.append(']');
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
