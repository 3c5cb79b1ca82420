package vn.qrqg.scanning;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.Scopes;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.web.InvalidFieldException;

/** {@code POST /api/v1/scans} {@code {text}}: a scanner sends what it read; any one scan scope will do. */
@RestController
@RequestMapping("/api/v1/scans")
class ScanController {
    private final Scans scans;
    private final AdministrativeAreas areas;

    ScanController(Scans scans, AdministrativeAreas areas) {
        this.scans = scans;
        this.areas = areas;
    }

    // @RequiresScope takes one scope; a scanner holds any of three
    @PreAuthorize("hasAnyAuthority('SCOPE_" + Scopes.SCAN_VENUE + "', 'SCOPE_" + Scopes.SCAN_HEALTH + "', 'SCOPE_"
            + Scopes.SCAN_POLICE + "')")
    @PostMapping
    ScanAnswer scan(@RequestBody(required = false) ScanRequest request, @AuthenticationPrincipal CallingClient client) {
        if (request == null || request.text() == null) {
            throw new InvalidFieldException("text", "is required: the text the scanner read, as a JSON string");
        }
        if (request.provinceCode() != null && !areas.isProvince(request.provinceCode())) {
            throw new InvalidFieldException("provinceCode",
                    "is no province of the current structure: two digits, e.g. \"01\" for Hà Nội, or leave it out");
        }
        return scans.scan(client, request.text(), request.provinceCode());
    }

    /**
     * {@code {text, provinceCode?}}: exactly what the scanner read, line ending included or not, and
     * the province the scanner is configured for, whose COVID card rules apply (a venue's scanner
     * always uses its venue's; without either, the scanned person's residence).
     */
    record ScanRequest(String text, String provinceCode) {
    }
}
