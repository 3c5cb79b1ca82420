package vn.qrqg.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.identity.internal.ShippedAreas;
import vn.qrqg.risk.internal.ProvinceShapes.ProvinceShape;

class ProvinceShapesTest {
    private static final AdministrativeAreas AREAS = ShippedAreas.get();
    private static final ProvinceShapes SHAPES = ProvinceShapes.load(AREAS);
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void drawsEachOfThe34CurrentProvincesOnceByCode() {
        assertThat(SHAPES.all()).extracting(ProvinceShape::code)
                .containsExactlyElementsOf(AREAS.provinces().stream().map(AdministrativeAreas.Province::code).toList());
        assertThat(SHAPES.all()).hasSize(34).first()
                .satisfies(hanoi -> assertThat(hanoi.name()).isEqualTo("Thành phố Hà Nội"));
    }

    @Test
    void everyOutlineIsAValidNonEmptyPolygonRoundedToFourDecimals() {
        assertThat(SHAPES.all()).allSatisfy(shape -> {
            Geometry outline = geometry(shape);
            assertThat(outline.isValid()).as(shape.code()).isTrue();
            assertThat(outline.isEmpty()).as(shape.code()).isFalse();
            assertThat(outline.getGeometryType()).isIn("Polygon", "MultiPolygon");
            assertThat(shape.geometryJson()).doesNotContainPattern("\\.\\d{5}");
        });
    }

    @Test
    void fillsTheSliversThatSimplifiedBordersLeftBetweenMergedProvinces() {
        Geometry vinhLong = geometry(SHAPES.all().stream().filter(shape -> shape.code().equals("86")).findFirst().orElseThrow());
        assertThat(((Polygon) vinhLong).getNumInteriorRing()).as("Vĩnh Long, Bến Tre and Trà Vinh as one").isZero();
    }

    @Test
    void placesKnownPointsOnLandInTheProvinceTheirOldProvinceWasMergedInto() {
        assertThat(provinceAt(21.0285, 105.8542)).as("Hà Nội, Hoàn Kiếm lake").contains("01");
        assertThat(AREAS.successorOf("02").orElseThrow().code()).isEqualTo("08");
        assertThat(provinceAt(22.823, 104.984)).as("Hà Giang city, merged into Tuyên Quang").contains("08");
        assertThat(AREAS.successorOf("77").orElseThrow().code()).isEqualTo("79");
        // inland on Côn Sơn: the simplified outline cuts into the bay the town faces (8.68 N 106.61 E)
        assertThat(provinceAt(8.70, 106.61)).as("Côn Đảo, of Bà Rịa - Vũng Tàu, merged into Hồ Chí Minh").contains("79");
        assertThat(provinceAt(10.7769, 106.7009)).as("Hồ Chí Minh city, District 1").contains("79");
        assertThat(provinceAt(16.0544, 108.2022)).as("Đà Nẵng").contains("48");
        assertThat(provinceAt(15.5736, 108.4740)).as("Tam Kỳ, of Quảng Nam, merged into Đà Nẵng").contains("48");
    }

    @Test
    void placesThePointsOfTheSeaInNoProvince() {
        assertThat(provinceAt(17.0, 109.5)).as("the East Sea off Quảng Ngãi").isEmpty();
        assertThat(provinceAt(9.5, 107.5)).as("the sea east of Côn Đảo").isEmpty();
    }

    @Test
    void refusesAreasThatLackAProvinceTheBoundariesName() {
        AdministrativeAreas withoutHoChiMinhCity = new AdministrativeAreas() {
            @Override
            public Optional<Province> province(String code) {
                return AREAS.province(code);
            }

            @Override
            public Optional<Commune> commune(String code) {
                return AREAS.commune(code);
            }

            @Override
            public Optional<Province> successorOf(String pre2025ProvinceCode) {
                return "77".equals(pre2025ProvinceCode) ? Optional.empty() : AREAS.successorOf(pre2025ProvinceCode);
            }

            @Override
            public List<Province> provinces() {
                return AREAS.provinces();
            }

            @Override
            public List<Commune> communesOf(String provinceCode) {
                return AREAS.communesOf(provinceCode);
            }
        };

        assertThatThrownBy(() -> ProvinceShapes.load(withoutHoChiMinhCity)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pre-2025 province 77").hasMessageContaining("maps to no current province");
    }

    @Test
    void refusesAProvinceThatGetsNoShape() {
        AdministrativeAreas withAnExtraProvince = new AdministrativeAreas() {
            @Override
            public Optional<Province> province(String code) {
                return AREAS.province(code);
            }

            @Override
            public Optional<Commune> commune(String code) {
                return AREAS.commune(code);
            }

            @Override
            public Optional<Province> successorOf(String pre2025ProvinceCode) {
                return AREAS.successorOf(pre2025ProvinceCode);
            }

            @Override
            public List<Province> provinces() {
                return java.util.stream.Stream.concat(AREAS.provinces().stream(),
                        java.util.stream.Stream.of(new Province("99", "Tỉnh Thử"))).toList();
            }

            @Override
            public List<Commune> communesOf(String provinceCode) {
                return AREAS.communesOf(provinceCode);
            }
        };

        assertThatThrownBy(() -> ProvinceShapes.load(withAnExtraProvince)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("province 99 (Tỉnh Thử) has no shape");
    }

    private static Optional<String> provinceAt(double latitude, double longitude) {
        Point point = FACTORY.createPoint(new Coordinate(longitude, latitude));
        List<String> codes = SHAPES.all().stream().filter(shape -> geometry(shape).covers(point))
                .map(ProvinceShape::code).toList();
        assertThat(codes).as("provinces at %s N %s E", latitude, longitude).hasSizeLessThanOrEqualTo(1);
        return codes.stream().findFirst();
    }

    private static Geometry geometry(ProvinceShape shape) {
        return GeoJson.read(JSON.readTree(shape.geometryJson()), FACTORY);
    }
}
