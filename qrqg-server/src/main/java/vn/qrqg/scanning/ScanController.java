package vn.qrqg.scanning;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * {@code POST /api/v1/scans} {@code {text}}: a scanner sends what it read; any one scan scope will
 * do. Authorised here, once, before the body is looked at, rather than by method security: on the
 * platform's busiest call its proxy and expression cost about 8 % of the JVM's time
 * (docs/benchmarks.md). The scope found decides the view; {@link Scans} takes it as granted.
 */
@RestController
@RequestMapping("/api/v1/scans")
class ScanController {
    private final Scans scans;
    private final AdministrativeAreas areas;

    ScanController(Scans scans, AdministrativeAreas areas) {
        this.scans = scans;
        this.areas = areas;
    }

    @PostMapping
    ScanAnswer scan(@RequestBody(required = false) ScanRequest request, @AuthenticationPrincipal CallingClient client) {
        ScanScope view = ScanScope.broadestOf(client.scopes())
                .orElseThrow(() -> new AccessDeniedException("a scan needs scope scan:venue, scan:health or scan:police"));
        if (request == null || request.text() == null) {
            throw new InvalidFieldException("text", "is required: the text the scanner read, as a JSON string");
        }
        if (request.provinceCode() != null && !areas.isProvince(request.provinceCode())) {
            throw new InvalidFieldException("provinceCode",
                    "is no province of the current structure: two digits, e.g. \"01\" for Hà Nội, or leave it out");
        }
        return scans.scan(client, view, request.text(), request.provinceCode());
    }

    /**
     * {@code {text, provinceCode?}}: exactly what the scanner read, line ending included or not, and
     * the province the scanner is configured for, whose COVID card rules apply (a venue's scanner
     * always uses its venue's; without either, the scanned person's residence).
     */
    record ScanRequest(String text, String provinceCode) {
    }
}
