package vn.qrqg.issuance.citizens;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.clients.RequiresScope;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.HolderTokens;

/**
 * {@code POST /api/v1/citizens/qr}: a certified app asks for a person's QR, and gets with it a
 * new holder token that lets it act for the person from then on.
 */
@RestController
@RequestMapping("/api/v1/citizens/qr")
@RequiresScope(Scopes.QR_ISSUE)
class CitizenQrController {
    private final CitizenQrReads issuance;
    private final HolderTokens holderTokens;

    CitizenQrController(CitizenQrReads issuance, HolderTokens holderTokens) {
        this.issuance = issuance;
        this.holderTokens = holderTokens;
    }

    @PostMapping
    ResponseEntity<IssuedCitizenQr> issue(@RequestBody CitizenQrRequest request) {
        IssuedCitizenQr qr = issuance.issue(request);
        String token = holderTokens.issue(CallingClient.require().appId(), new Qid(qr.qid()));
        // a secret in the body: no cache may keep it
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(qr.withHolderToken(token));
    }
}
