package vn.qrqg.portal.internal;

import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.passports.HolderPassports;
import vn.qrqg.passports.PassportNotFoundException;
import vn.qrqg.platform.idempotency.Idempotent;

/**
 * One of the signed-in citizen's people: their vaccine passport requests, asking for one, and an
 * issued one on paper, as {@link HolderPassports} gives them to any app holding the person's holder
 * token (checked and audited there, as the portal app's). No cache keeps the answers.
 */
@RestController
@RequestMapping("/portal/api/people/{qid}/passports")
class PersonPassportsController {
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    private final HolderPassports passports;

    PersonPassportsController(HolderPassports passports) {
        this.passports = passports;
    }

    @GetMapping
    ResponseEntity<HolderPassports.OwnPassports> list(OwnPerson person) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(passports.list(person.holder(), person.qid()));
    }

    /** 201: the request, at its site (or further on, when a development setting decides at once). */
    @Idempotent
    @PostMapping
    ResponseEntity<HolderPassports.OwnPassport> request(OwnPerson person) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(NO_STORE)
                .body(passports.request(person.holder(), person.qid()));
    }

    /** The passport on paper, bilingual, of an issued (or revoked) one only. */
    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(OwnPerson person, @PathVariable("id") String id) {
        byte[] pdf = passports.pdf(person.holder(), person.qid(), uuid(id));
        return ResponseEntity.ok().cacheControl(NO_STORE).contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("qrqg-vaccine-passport.pdf").build().toString())
                .body(pdf);
    }

    /** A malformed id is nobody's request: the same answer as an unknown one. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw new PassportNotFoundException();
        }
    }
}
