package vn.qrqg.holders.internal;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * An operator revokes every holder token of a person, in every app: a lost phone, a person who
 * withdraws consent, a token seen leaked (scope {@code admin}, by the platform's path rule).
 */
@RestController
class HolderTokenAdminController {
    private final HolderTokens holderTokens;

    HolderTokenAdminController(HolderTokens holderTokens) {
        this.holderTokens = holderTokens;
    }

    @PostMapping("/api/v1/admin/citizens/{qid}/holder-tokens/revoke")
    Revoked revokeAll(@PathVariable("qid") String qid) {
        if (!Qid.isValid(qid)) {
            throw new InvalidFieldException("qid", "is not a QID: 18 digits with a valid check digit");
        }
        return new Revoked(qid, holderTokens.revokeAll(new Qid(qid)));
    }

    /** @param revoked how many tokens were still valid (0 also for a QID nobody holds) */
    record Revoked(String qid, int revoked) {
    }
}
