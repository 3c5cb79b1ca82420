package vn.qrqg.portal.internal;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.platform.web.InvalidFieldException;

/** The signed-in citizen's people: list, declare (themself or a dependant), remove. */
@RestController
class PeopleController {
    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    @GetMapping("/portal/api/people")
    List<People.Item> list(@AuthenticationPrincipal PortalUser user) {
        return people.list(user.phone());
    }

    /** {@code {documentNumber, fullName, dateOfBirth, gender, relation}}: 201 with the person. */
    @PostMapping("/portal/api/people")
    ResponseEntity<People.Item> declare(@AuthenticationPrincipal PortalUser user,
            @RequestBody(required = false) People.Declaration declaration) {
        if (declaration == null) {
            throw new InvalidFieldException("documentNumber", "and fullName, dateOfBirth, gender, relation are required");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(people.declare(user.phone(), declaration));
    }

    @DeleteMapping("/portal/api/people/{qid}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid) {
        people.remove(user.phone(), qid);
        return ResponseEntity.noContent().build();
    }
}
