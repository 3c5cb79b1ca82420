package vn.qrqg.risk.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.AdministrativeAreas.Province;
import vn.qrqg.platform.csv.CsvReader;

/**
 * The 34 current provinces as map shapes. Open boundaries exist only for the 63 pre-2025
 * provinces (geoBoundaries, see {@code risk/geo/SOURCES.md}); provinces were merged whole in 2025,
 * so each current province is the union of the old ones identity says went into it. Built once
 * at startup (a fraction of a second) and kept: the shapes never change while the server runs.
 */
final class ProvinceShapes {
    private static final String BOUNDARIES = "/risk/geo/geoBoundaries-VNM-ADM1_simplified.geojson";
    private static final String CROSSWALK = "/risk/geo/crosswalk_geoBoundaries-ADM1_to_GSO2021.csv";
    /** Four decimals of a degree, about 11 m: finer than the simplified boundaries, and a small file. */
    private static final PrecisionModel FOUR_DECIMALS = new PrecisionModel(10_000);
    /** A hole smaller than this, in square degrees (about 1.2 km²), is a gap between two old provinces' borders. */
    private static final double SLIVER = 1e-4;

    /** A current province's outline: GeoJSON Polygon or MultiPolygon text, valid, rounded to four decimals. */
    record ProvinceShape(String code, String name, String geometryJson) {
    }

    private final List<ProvinceShape> shapes;

    private ProvinceShapes(List<ProvinceShape> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    /**
     * The shipped boundaries joined into {@code areas}' provinces; fails loudly when a boundary
     * belongs to no current province or a current province gets no boundary.
     */
    static ProvinceShapes load(AdministrativeAreas areas) {
        Map<String, String> oldProvinceOfShape = crosswalk();
        GeometryFactory factory = new GeometryFactory();
        Map<String, List<Geometry>> parts = new HashMap<>();
        for (JsonNode feature : readTree(BOUNDARIES).path("features")) {
            String shapeId = feature.path("properties").path("shapeID").asString();
            String shapeName = feature.path("properties").path("shapeName").asString();
            String oldCode = oldProvinceOfShape.get(shapeId);
            if (oldCode == null) {
                throw new IllegalStateException(BOUNDARIES + ": shape " + shapeId + " (" + shapeName
                        + ") is in no row of " + CROSSWALK);
            }
            Province current = areas.successorOf(oldCode).orElseThrow(() -> new IllegalStateException(BOUNDARIES
                    + ": shape " + shapeId + " (" + shapeName + ", pre-2025 province " + oldCode
                    + ") maps to no current province"));
            parts.computeIfAbsent(current.code(), code -> new ArrayList<>())
                    .add(GeoJson.read(feature.path("geometry"), factory));
        }
        List<ProvinceShape> shapes = new ArrayList<>();
        for (Province province : areas.provinces()) {
            List<Geometry> own = parts.get(province.code());
            if (own == null) {
                throw new IllegalStateException("province " + province.code() + " (" + province.name()
                        + ") has no shape in " + BOUNDARIES);
            }
            shapes.add(new ProvinceShape(province.code(), province.name(), GeoJson.write(outline(own, province))));
        }
        shapes.sort((a, b) -> a.code().compareTo(b.code()));
        return new ProvinceShapes(shapes);
    }

    /** The 34 provinces, by code. */
    List<ProvinceShape> all() {
        return shapes;
    }

    /**
     * The old provinces' polygons as one, without the slivers that their simplified borders left
     * between them, rounded: snap-rounding also makes it valid.
     */
    private static Geometry outline(List<Geometry> parts, Province province) {
        Geometry union = UnaryUnionOp.union(parts);
        Geometry outline = GeometryPrecisionReducer.reduce(withoutSlivers(union), FOUR_DECIMALS);
        if (outline.isEmpty() || !outline.isValid()) {
            throw new IllegalStateException("province " + province.code() + " (" + province.name()
                    + "): its outline is " + (outline.isEmpty() ? "empty" : "not valid"));
        }
        return outline;
    }

    /** The polygons without holes smaller than {@link #SLIVER}: no province of Vietnam encloses another. */
    private static Geometry withoutSlivers(Geometry polygons) {
        GeometryFactory factory = polygons.getFactory();
        Polygon[] filled = new Polygon[polygons.getNumGeometries()];
        for (int i = 0; i < filled.length; i++) {
            Polygon polygon = (Polygon) polygons.getGeometryN(i);
            List<LinearRing> holes = new ArrayList<>();
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                LinearRing hole = polygon.getInteriorRingN(h);
                if (Area.ofRing(hole.getCoordinateSequence()) >= SLIVER) {
                    holes.add(hole);
                }
            }
            filled[i] = factory.createPolygon(polygon.getExteriorRing(), holes.toArray(LinearRing[]::new));
        }
        return factory.createMultiPolygon(filled);
    }

    private static Map<String, String> crosswalk() {
        Map<String, String> oldCodes = new HashMap<>();
        try (InputStream stream = resource(CROSSWALK)) {
            CsvReader csv = new CsvReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
            csv.next(); // shapeID,shapeName_trimmed,shapeISO,gso_province_code,gso_name_2021
            for (CsvReader.Record row = csv.next(); row != null; row = csv.next()) {
                if (row.isMalformed() || row.fields().size() != 5) {
                    throw new IllegalStateException(CROSSWALK + " line " + row.line() + " is malformed");
                }
                oldCodes.put(row.fields().get(0), row.fields().get(3));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return oldCodes;
    }

    private static JsonNode readTree(String name) {
        try (InputStream stream = resource(name)) {
            return JsonMapper.builder().build().readTree(stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream stream = ProvinceShapes.class.getResourceAsStream(name);
        if (stream == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return stream;
    }
}
