package vn.qrqg.portal.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.platform.idempotency.Idempotent;

/** Several of the signed-in citizen's people check in at one venue at once, one answer each. */
@RestController
class FamilyCheckInsController {
    private final FamilyCheckIns checkIns;

    FamilyCheckInsController(FamilyCheckIns checkIns) {
        this.checkIns = checkIns;
    }

    /** {@code {venueCode, direction, qids}}: 200 {@code {items: [{qid, status, checkIn | error}]}}. */
    @Idempotent
    @PostMapping("/portal/api/checkins")
    FamilyCheckIns.Answer checkIn(@AuthenticationPrincipal PortalUser user,
            @RequestBody(required = false) FamilyCheckIns.Request request) {
        return checkIns.checkIn(user.phone(),
                request == null ? new FamilyCheckIns.Request(null, null, null) : request);
    }
}
