package vn.qrqg.portal.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.tracing.ExposureAlert;
import vn.qrqg.tracing.HolderAlerts;

/**
 * One of the signed-in citizen's people: their exposure alerts, as {@link HolderAlerts} gives them
 * to any app holding the person's holder token (audited there, as read by the portal app). No
 * cache keeps them, as the API's answer says.
 */
@RestController
class PersonAlertsController {
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    private final HolderAlerts alerts;

    PersonAlertsController(HolderAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/portal/api/people/{qid}/alerts")
    ResponseEntity<ExposureAlert.Page> alerts(OwnPerson person) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(alerts.alerts(person.holder(), person.qid()));
    }
}
