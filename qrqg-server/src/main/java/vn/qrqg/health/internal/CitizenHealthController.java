package vn.qrqg.health.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.health.HolderHealth;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.holders.Holder;

/**
 * A person's own COVID card and health records, for the app that holds their holder token (any
 * certified app, no scope): {@link HolderHealth}'s answers, which no cache keeps.
 */
@RestController
class CitizenHealthController {
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    private final HolderHealth health;

    CitizenHealthController(HolderHealth health) {
        this.health = health;
    }

    @GetMapping("/api/v1/citizens/{qid}/covid-card")
    ResponseEntity<HolderHealth.OwnCard> card(@PathVariable("qid") String qid, Holder holder) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(health.covidCard(holder, Holder.named(qid)));
    }

    @GetMapping("/api/v1/citizens/{qid}/health-records")
    ResponseEntity<PersonHealthRecords> records(@PathVariable("qid") String qid, Holder holder) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(health.records(holder, Holder.named(qid)));
    }
}
