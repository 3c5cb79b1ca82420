package vn.qrqg.tracing.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.holders.Holder;
import vn.qrqg.tracing.ExposureAlert;
import vn.qrqg.tracing.HolderAlerts;

/** A person's exposure alerts, for the app that holds their holder token: {@link HolderAlerts}' answer, which no cache keeps. */
@RestController
class CitizenAlertsController {
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    private final HolderAlerts alerts;

    CitizenAlertsController(HolderAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping("/api/v1/citizens/{qid}/alerts")
    ResponseEntity<ExposureAlert.Page> alerts(@PathVariable("qid") String qid, Holder holder) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(alerts.alerts(holder, Holder.named(qid)));
    }
}
