package vn.qrqg.venues.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.web.InvalidRequest.FieldError;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.venues.VenueType;

class VenueDetailsTest {
    private static final AdministrativeAreas AREAS = new AdministrativeAreas() {
        private final Map<String, Province> provinces = Map.of("01", new Province("01", "Thành phố Hà Nội"),
                "79", new Province("79", "Thành phố Hồ Chí Minh"));
        private final Map<String, Commune> communes = Map.of("00004", new Commune("00004", "Phường Ba Đình", "01"));

        @Override
        public Optional<Province> province(String code) {
            return Optional.ofNullable(provinces.get(code));
        }

        @Override
        public Optional<Commune> commune(String code) {
            return Optional.ofNullable(communes.get(code));
        }

        @Override
        public Optional<Province> successorOf(String pre2025ProvinceCode) {
            return Optional.empty(); // venues never ask
        }

        @Override
        public List<Province> provinces() {
            return List.copyOf(provinces.values());
        }

        @Override
        public List<Commune> communesOf(String provinceCode) {
            return communes.values().stream().filter(commune -> commune.provinceCode().equals(provinceCode)).toList();
        }
    };

    @Test
    void takesAVenueInAnOfficialCommuneOfItsProvince() {
        VenueDetails details = VenueDetails.of(request("Restaurant", "01", "00004"), AREAS);

        assertThat(details.type()).isEqualTo(VenueType.RESTAURANT);
        assertThat(details.province().name()).isEqualTo("Thành phố Hà Nội");
        assertThat(details.commune().name()).isEqualTo("Phường Ba Đình");
        assertThat(details.ownerPhone().value()).isEqualTo("0912345678");
        assertThat(details.name()).isEqualTo("Quán Phở Đức");
    }

    @Test
    void writesNamesInComposedFormWithSingleSpaces() {
        String decomposed = "Que\u0302\u0301  Hu\u031bo\u031b\u0301ng"; // "Quế Hướng" typed as base letters and combining marks
        VenueDetails details = VenueDetails.of(new VenueDetails.Request(decomposed, "shop", "01", "00004", "Số 1",
                "Lê Văn A", "0912345678"), AREAS);
        assertThat(details.name()).isEqualTo("Quế Hướng");
    }

    @Test
    void refusesACommuneOfAnotherProvinceNamingTheCommune() {
        assertThat(errors(request("shop", "79", "00004")))
                .containsExactly(new FieldError("communeCode", "is not in province 79"));
    }

    @Test
    void namesEveryBadFieldAtOnceWithoutRepeatingValues() {
        VenueDetails.Request request = new VenueDetails.Request(" ", "bar", "99", "12345", "x".repeat(301), null,
                "0112345678");
        assertThat(errors(request)).extracting(FieldError::field)
                .containsExactly("name", "type", "provinceCode", "communeCode", "address", "ownerName", "ownerPhone");
        assertThat(errors(request)).extracting(FieldError::message).noneMatch(message -> message.contains("0112345678"))
                .noneMatch(message -> message.contains("bar"));
    }

    @Test
    void refusesControlCharacters() {
        VenueDetails.Request request = new VenueDetails.Request("Quán\u0000", "shop", "01", "00004", "Số 1\u202e",
                "Lê Văn A", "0912345678");
        assertThat(errors(request)).extracting(FieldError::field).containsExactly("name", "address");
    }

    @Test
    void refusesANameMixingLatinWithCyrillicOrGreekLookAlikes() {
        for (String name : new String[] {"\u0420hở Hà Nội", "Quán Ph\u043e", "C\u03bfffee House"}) {
            VenueDetails.Request request = new VenueDetails.Request(name, "shop", "01", "00004", "Số 1",
                    "Lê Văn A", "0912345678");
            assertThat(errors(request)).as(name).extracting(FieldError::field, FieldError::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("name",
                            "must not mix Latin letters with Cyrillic or Greek look-alikes"));
        }
    }

    @Test
    void takesVietnameseWithEveryDiacriticAndANameWhollyInCyrillic() {
        for (String name : new String[] {"Quán Phở Đức 24/7", "Bánh mì Hội An – Ướp lạnh", "Nhà hàng Ẩm thực Ỷ Lan",
            "Que\u0302\u0301 Hu\u031bo\u031b\u0301ng", "Берёзка"}) {
            assertThat(VenueDetails.of(new VenueDetails.Request(name, "shop", "01", "00004", "Số 1", "Lê Văn A",
                    "0912345678"), AREAS).name()).as(name).isNotBlank();
        }
    }

    private static VenueDetails.Request request(String type, String province, String commune) {
        return new VenueDetails.Request(" Quán  Phở Đức ", type, province, commune, "Số 12 Lê Lợi", "Nguyễn Văn An",
                "0912 345 678");
    }

    private static java.util.List<FieldError> errors(VenueDetails.Request request) {
        try {
            VenueDetails.of(request, AREAS);
        } catch (InvalidFieldException e) {
            return e.errors();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aMissingTypeIsRequiredNotUnknown() {
        assertThatThrownBy(() -> VenueDetails.of(request(null, "01", "00004"), AREAS))
                .isInstanceOf(InvalidFieldException.class).hasMessage("type is required");
    }
}
