package vn.qrqg.portal.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.health.HolderHealth;
import vn.qrqg.health.PersonHealthRecords;

/** One of the signed-in citizen's people: their COVID card and health records, as {@link HolderHealth} gives them. */
@RestController
@RequestMapping("/portal/api/people/{qid}")
class PersonHealthController {
    private final HolderHealth health;

    PersonHealthController(HolderHealth health) {
        this.health = health;
    }

    @GetMapping("/covid-card")
    HolderHealth.OwnCard covidCard(OwnPerson person) {
        return health.covidCard(person.holder(), person.qid());
    }

    @GetMapping("/health-records")
    PersonHealthRecords healthRecords(OwnPerson person) {
        return health.records(person.holder(), person.qid());
    }
}
