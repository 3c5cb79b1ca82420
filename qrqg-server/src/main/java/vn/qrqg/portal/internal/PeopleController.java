package vn.qrqg.portal.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.issuance.citizens.ChallengeRefusedException;
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

    /**
     * {@code {documentNumber, fullName, dateOfBirth, gender, relation}}: 201 with the person, or 202
     * {@code {challengeId, sentTo, expiresAt}} when a code went to the phone the registry holds
     * for them (SELF signed in with another number).
     */
    @PostMapping("/portal/api/people")
    ResponseEntity<?> declare(@AuthenticationPrincipal PortalUser user,
            @RequestBody(required = false) People.Declaration declaration) {
        if (declaration == null) {
            throw new InvalidFieldException("documentNumber", "and fullName, dateOfBirth, gender, relation are required");
        }
        return switch (people.declare(user.phone(), declaration)) {
            case People.Added added -> ResponseEntity.status(HttpStatus.CREATED).body(added.person());
            case People.CodeSent sent -> ResponseEntity.status(HttpStatus.ACCEPTED).body(sent.challenge());
        };
    }

    /** {@code {code}}: the code sent to the registry's phone; 201 with the person. */
    @PostMapping("/portal/api/people/challenges/{challengeId}")
    ResponseEntity<People.Item> confirm(@AuthenticationPrincipal PortalUser user,
            @PathVariable("challengeId") String challengeId, @RequestBody(required = false) CodeRequest body) {
        UUID id;
        try {
            id = UUID.fromString(challengeId);
        } catch (IllegalArgumentException e) {
            throw new ChallengeRefusedException(null, 0);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(people.confirm(user.phone(), id,
                body == null ? null : body.code()));
    }

    record CodeRequest(String code) {
    }

    @DeleteMapping("/portal/api/people/{qid}")
    ResponseEntity<Void> remove(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid) {
        people.remove(user.phone(), qid);
        return ResponseEntity.noContent().build();
    }
}
