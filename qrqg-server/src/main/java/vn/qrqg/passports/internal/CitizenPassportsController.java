package vn.qrqg.passports.internal;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.holders.Holder;
import vn.qrqg.passports.HolderPassports;
import vn.qrqg.passports.PassportNotFoundException;
import vn.qrqg.platform.idempotency.Idempotent;

/**
 * A person's vaccine passports, for the app that holds their holder token (any certified app, no
 * scope): {@link HolderPassports}' answers, which no cache keeps.
 */
@RestController
class CitizenPassportsController {
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    private final HolderPassports passports;

    CitizenPassportsController(HolderPassports passports) {
        this.passports = passports;
    }

    /** 201: the request, at its site (or further on, when a development setting decides at once). */
    @Idempotent
    @PostMapping("/api/v1/citizens/{qid}/passports")
    ResponseEntity<HolderPassports.OwnPassport> request(@PathVariable("qid") String qid, Holder holder) {
        HolderPassports.OwnPassport created = passports.request(holder, Holder.named(qid));
        return ResponseEntity.created(URI.create("/api/v1/citizens/" + qid + "/passports/" + created.id()))
                .cacheControl(NO_STORE).body(created);
    }

    @GetMapping("/api/v1/citizens/{qid}/passports")
    ResponseEntity<HolderPassports.OwnPassports> list(@PathVariable("qid") String qid, Holder holder) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(passports.list(holder, Holder.named(qid)));
    }

    @GetMapping("/api/v1/citizens/{qid}/passports/{id}")
    ResponseEntity<HolderPassports.OwnPassport> get(@PathVariable("qid") String qid, @PathVariable("id") String id,
            Holder holder) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(passports.get(holder, Holder.named(qid), uuid(id)));
    }

    /** The passport on paper; of an issued (or revoked) one only. */
    @GetMapping("/api/v1/citizens/{qid}/passports/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable("qid") String qid, @PathVariable("id") String id, Holder holder) {
        byte[] page = passports.pdf(holder, Holder.named(qid), uuid(id));
        return ResponseEntity.ok().cacheControl(NO_STORE).contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"vaccine-passport.pdf\"").body(page);
    }

    /** A malformed id is nobody's request: the same answer as an unknown one. */
    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            throw new PassportNotFoundException();
        }
    }
}
