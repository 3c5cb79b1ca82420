package vn.qrqg.portal.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.qrqg.feedback.HolderFeedback;
import vn.qrqg.platform.idempotency.Idempotent;

/**
 * One of the signed-in citizen's people: their feedback reports, sent and read as
 * {@link HolderFeedback} takes and gives them to any app holding the person's holder token
 * (checked and audited there, as the portal app's). A report comes as a form, with or without a photo.
 */
@RestController
class PersonFeedbackController {
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    private final HolderFeedback feedback;

    PersonFeedbackController(HolderFeedback feedback) {
        this.feedback = feedback;
    }

    @Idempotent
    @PostMapping(path = "/portal/api/people/{qid}/feedback", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<HolderFeedback.Submitted> submit(OwnPerson person,
            @RequestParam(name = "category", required = false) String category,
            @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "communeCode", required = false) String communeCode,
            @RequestParam(name = "venueCode", required = false) String venueCode,
            @RequestParam(name = "recordId", required = false) String recordId,
            @RequestParam(name = "accessId", required = false) String accessId,
            @RequestPart(name = "photo", required = false) MultipartFile photo) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(NO_STORE).body(feedback.submit(person.holder(),
                person.qid(), new HolderFeedback.Submission(category, text, communeCode, venueCode, recordId,
                        accessId, HolderFeedback.bytesOf(photo))));
    }

    @GetMapping("/portal/api/people/{qid}/feedback")
    ResponseEntity<HolderFeedback.OwnReports> reports(OwnPerson person) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(feedback.reports(person.holder(), person.qid()));
    }

    @GetMapping("/portal/api/people/{qid}/feedback/{trackingNumber}/photo")
    ResponseEntity<byte[]> photo(OwnPerson person, @PathVariable("trackingNumber") String trackingNumber) {
        return feedback.photo(person.holder(), person.qid(), trackingNumber).asResponse();
    }
}
