package vn.qrqg.issuance.citizens;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.holders.Holder;

/**
 * A person's own QR for the app that holds their holder token: as data, and as PNG or SVG.
 * Any certified app's token with {@code X-Holder-Token}; no scope. Nothing here may be cached
 * by anything but the app: it is personal data.
 */
@RestController
class OwnQrController {
    static final String IMAGES = "/api/v1/qr/";
    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    /** {@code private, no-store}: no shared cache keeps it, and no cache on the device either. */
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    private final CitizenQrReads reads;

    OwnQrController(CitizenQrReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/v1/citizens/me")
    ResponseEntity<IssuedCitizenQr> me(Holder holder) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(reads.own(holder));
    }

    @GetMapping(IMAGES + "{qid}.png")
    ResponseEntity<byte[]> png(@PathVariable("qid") String qid, @RequestParam(name = "form", required = false) String form,
            @RequestParam(name = "medium", required = false) String medium, Holder holder) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(NO_STORE)
                .body(reads.png(holder, Holder.named(qid), form, medium));
    }

    @GetMapping(IMAGES + "{qid}.svg")
    ResponseEntity<String> svg(@PathVariable("qid") String qid, @RequestParam(name = "form", required = false) String form,
            @RequestParam(name = "medium", required = false) String medium, Holder holder) {
        return ResponseEntity.ok().contentType(SVG).cacheControl(NO_STORE)
                .body(reads.svg(holder, Holder.named(qid), form, medium));
    }
}
