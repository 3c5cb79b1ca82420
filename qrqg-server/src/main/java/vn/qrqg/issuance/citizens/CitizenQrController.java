package vn.qrqg.issuance.citizens;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;

/**
 * {@code POST /api/v1/citizens/qr}: a certified app asks for a person's QR, and gets with it a
 * new holder token that lets it act for the person from then on.
 */
@RestController
@RequestMapping("/api/v1/citizens/qr")
@RequiresScope(Scopes.QR_ISSUE)
class CitizenQrController {
    private final CitizenQrReads issuance;

    CitizenQrController(CitizenQrReads issuance) {
        this.issuance = issuance;
    }

    @PostMapping
    ResponseEntity<IssuedCitizenQr> issue(@RequestBody CitizenQrRequest request) {
        // a secret (the holder token) in the body: no cache may keep it
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(issuance.issue(request));
    }
}
