package vn.qrqg.portal.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.checkins.CheckInView;
import vn.qrqg.checkins.HolderCheckIns;
import vn.qrqg.checkins.OwnCheckInsPage;
import vn.qrqg.platform.idempotency.Idempotent;

/** One of the signed-in citizen's people checks in at a venue, and lists their visits, through {@link HolderCheckIns}. */
@RestController
@RequestMapping("/portal/api/people/{qid}/checkins")
class PersonCheckInsController {
    private final HolderCheckIns checkIns;

    PersonCheckInsController(HolderCheckIns checkIns) {
        this.checkIns = checkIns;
    }

    /** {@code {venueCode, direction}}, as the venue's QR and the citizen gave them. */
    record CheckInRequest(String venueCode, String direction) {
    }

    @Idempotent
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CheckInView checkIn(OwnPerson person, @RequestBody(required = false) CheckInRequest request) {
        return request == null ? checkIns.checkIn(person.holder(), null, null)
                : checkIns.checkIn(person.holder(), request.venueCode(), request.direction());
    }

    @GetMapping
    OwnCheckInsPage checkIns(OwnPerson person, @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        return checkIns.mine(person.holder(), page, size);
    }
}
