package vn.qrqg.issuance.citizens;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;

/** {@code POST /api/v1/citizens/qr}: a certified app asks for a person's QR. Holder tokens and images are not issued here. */
@RestController
@RequestMapping("/api/v1/citizens/qr")
@RequiresScope(Scopes.QR_ISSUE)
class CitizenQrController {
    private final CitizenQrIssuance issuance;

    CitizenQrController(CitizenQrIssuance issuance) {
        this.issuance = issuance;
    }

    @PostMapping
    IssuedCitizenQr issue(@RequestBody CitizenQrRequest request) {
        return issuance.issue(request);
    }
}
