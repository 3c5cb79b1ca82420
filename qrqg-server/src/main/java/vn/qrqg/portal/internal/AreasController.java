package vn.qrqg.portal.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.PublicEndpoints;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.web.ProblemType;

/**
 * The provinces and communes of the current structure for the portal's pickers, public (they
 * are official lists): {@code GET /portal/areas} the 34 provinces, {@code GET /portal/areas/{provinceCode}}
 * its communes, wards and special zones. Straight from {@link AdministrativeAreas}, the one
 * list the declarations and venues check codes against.
 */
@RestController
class AreasController {
    private static final CacheControl DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

    /** One entry of a picker. */
    record Area(String code, String name) {
    }

    private final AdministrativeAreas areas;

    AreasController(AdministrativeAreas areas) {
        this.areas = areas;
    }

    @GetMapping("/portal/areas")
    ResponseEntity<List<Area>> provinces() {
        return ResponseEntity.ok().cacheControl(DAY)
                .body(areas.provinces().stream().map(province -> new Area(province.code(), province.name())).toList());
    }

    @GetMapping("/portal/areas/{provinceCode}")
    ResponseEntity<?> communes(@PathVariable("provinceCode") String provinceCode) {
        if (!areas.isProvince(provinceCode)) {
            ProblemDetail problem = ProblemType.PROVINCE_NOT_FOUND.problem(
                    "There is no province with this code; GET /portal/areas lists the 34 provinces.");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        return ResponseEntity.ok().cacheControl(DAY).body(areas.communesOf(provinceCode).stream()
                .map(commune -> new Area(commune.code(), commune.name())).toList());
    }

    @Configuration(proxyBeanMethods = false)
    static class Public {
        @Bean
        PublicEndpoints portalAreasEndpoints() {
            return PublicEndpoints.get("/portal/areas", "/portal/areas/*");
        }
    }
}
