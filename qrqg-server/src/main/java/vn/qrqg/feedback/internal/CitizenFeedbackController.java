package vn.qrqg.feedback.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.qrqg.feedback.HolderFeedback;
import vn.qrqg.holders.Holder;
import vn.qrqg.platform.idempotency.Idempotent;

/**
 * A person's feedback, for the app that holds their holder token (any certified app, no scope):
 * {@link HolderFeedback}'s answers, which no cache keeps. A report comes as JSON, or as a form
 * with a photo.
 */
@RestController
class CitizenFeedbackController {
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    /** {@code {category, text, communeCode?, venueCode?, recordId?, accessId?}}. */
    record SubmissionJson(String category, String text, String communeCode, String venueCode, String recordId,
            String accessId) {
    }

    private final HolderFeedback feedback;

    CitizenFeedbackController(HolderFeedback feedback) {
        this.feedback = feedback;
    }

    @Idempotent
    @PostMapping(path = "/api/v1/citizens/{qid}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<HolderFeedback.Submitted> submit(@PathVariable("qid") String qid, Holder holder,
            @RequestBody SubmissionJson body) {
        return created(feedback.submit(holder, Holder.named(qid), new HolderFeedback.Submission(body.category(),
                body.text(), body.communeCode(), body.venueCode(), body.recordId(), body.accessId(), null)));
    }

    @Idempotent
    @PostMapping(path = "/api/v1/citizens/{qid}/feedback", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<HolderFeedback.Submitted> submitForm(@PathVariable("qid") String qid, Holder holder,
            @RequestParam(name = "category", required = false) String category,
            @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "communeCode", required = false) String communeCode,
            @RequestParam(name = "venueCode", required = false) String venueCode,
            @RequestParam(name = "recordId", required = false) String recordId,
            @RequestParam(name = "accessId", required = false) String accessId,
            @RequestPart(name = "photo", required = false) MultipartFile photo) {
        return created(feedback.submit(holder, Holder.named(qid), new HolderFeedback.Submission(category, text,
                communeCode, venueCode, recordId, accessId, HolderFeedback.bytesOf(photo))));
    }

    @GetMapping("/api/v1/citizens/{qid}/feedback")
    ResponseEntity<HolderFeedback.OwnReports> reports(@PathVariable("qid") String qid, Holder holder) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(feedback.reports(holder, Holder.named(qid)));
    }

    @GetMapping("/api/v1/citizens/{qid}/feedback/{trackingNumber}/photo")
    ResponseEntity<byte[]> photo(@PathVariable("qid") String qid, @PathVariable("trackingNumber") String trackingNumber,
            Holder holder) {
        return feedback.photo(holder, Holder.named(qid), trackingNumber).asResponse();
    }

    private static ResponseEntity<HolderFeedback.Submitted> created(HolderFeedback.Submitted submitted) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(NO_STORE).body(submitted);
    }
}
