package vn.qrqg.holders.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.holders.Holder;
import vn.qrqg.holders.HolderTokens;

/** An app gives up a holder token it holds, e.g. when the person signs out or removes the app. */
@RestController
class HolderTokenController {
    private final HolderTokens holderTokens;

    HolderTokenController(HolderTokens holderTokens) {
        this.holderTokens = holderTokens;
    }

    /** 204; the token is refused from then on (a second call too: 403 invalid-holder-token). */
    @DeleteMapping("/api/v1/holder-tokens/current")
    ResponseEntity<Void> revokeCurrent(Holder holder) {
        holderTokens.revoke(holder);
        return ResponseEntity.noContent().build();
    }
}
