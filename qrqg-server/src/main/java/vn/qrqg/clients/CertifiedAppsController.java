package vn.qrqg.clients;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public list of certified apps and their operators: anyone may check an app before using it. */
@RestController
class CertifiedAppsController {

    private final Apps apps;

    CertifiedAppsController(Apps apps) {
        this.apps = apps;
    }

    @GetMapping("/api/v1/apps/certified")
    List<CertifiedApp> certified() {
        return apps.certifiedForDisplay().stream()
                .map(app -> new CertifiedApp(app.appId(), app.name(), app.operator(), app.statusChangedAt()))
                .toList();
    }

    /** @param certifiedAt since when it has been certified */
    record CertifiedApp(UUID appId, String name, String operator, Instant certifiedAt) {
    }
}
