package vn.qrqg.portal.internal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One of the signed-in citizen's people: the risk levels of their commune and of the venues they
 * checked in at lately ({@link PersonRisk}); the levels are the public map's, at {@code /risk.html}.
 */
@RestController
class PersonRiskController {
    private final PersonRisk risk;

    PersonRiskController(PersonRisk risk) {
        this.risk = risk;
    }

    @GetMapping("/portal/api/people/{qid}/risk")
    PersonRisk.View risk(OwnPerson person) {
        return risk.of(person.holder());
    }
}
