package vn.qrqg.portal.internal;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.holders.HolderApp;
import vn.qrqg.holders.HolderApps;
import vn.qrqg.issuance.citizens.CitizenQrReads;
import vn.qrqg.issuance.citizens.IssuedCitizenQr;
import vn.qrqg.issuance.citizens.QrRevocationRequest;
import vn.qrqg.issuance.citizens.QrRevocations;
import vn.qrqg.issuance.citizens.RevokedCitizenQr;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * One of the signed-in citizen's people, their QR and the apps acting for them: each answer is
 * the capability's, read with the portal app as the person's holder ({@link OwnPerson}), so that
 * the capability checks and audits it as it does any app's. A QID that is not this account's
 * gets 404 {@code not-your-person} first. Every answer is {@code no-store} ({@link PortalRequestFilter}).
 */
@RestController
@RequestMapping("/portal/api/people/{qid}")
class PersonController {
    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final People people;
    private final CitizenQrReads qrs;
    private final HolderApps holderApps;
    private final CardPdf cards;
    private final QrRevocations revocations;

    PersonController(People people, CitizenQrReads qrs, HolderApps holderApps, CardPdf cards,
            QrRevocations revocations) {
        this.people = people;
        this.qrs = qrs;
        this.holderApps = holderApps;
        this.cards = cards;
        this.revocations = revocations;
    }

    @GetMapping("/qr")
    IssuedCitizenQr qr(OwnPerson person) {
        return qrs.own(person.holder());
    }

    /** "I lost my phone": the person's QR revoked and the new one signed, as their app would ask. */
    @PostMapping("/qr/revocation")
    RevokedCitizenQr revokeQr(OwnPerson person, @Valid @RequestBody QrRevocationRequest request) {
        return revocations.revokeAsHolder(person.holder(), person.qid(), request);
    }

    /** The PNG; for print (the page's download) named after the person and the form ({@link DownloadNames}). */
    @GetMapping("/qr.png")
    ResponseEntity<byte[]> png(OwnPerson person, @RequestParam(name = "form", required = false) String form,
            @RequestParam(name = "medium", required = false) String medium) {
        byte[] png = qrs.png(person.holder(), person.qid(), form, medium);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(MediaType.IMAGE_PNG);
        if ("print".equals(medium)) { // the screen image needs no name: not read again for it
            String name = DownloadNames.qrPng(qrs.own(person.holder()).qr().masked(), form == null ? "masked" : form);
            answer.header("Content-Disposition", ContentDisposition.attachment().filename(name).build().toString());
        }
        return answer.body(png);
    }

    @GetMapping("/qr.svg")
    ResponseEntity<String> svg(OwnPerson person, @RequestParam(name = "form", required = false) String form,
            @RequestParam(name = "medium", required = false) String medium) {
        return ResponseEntity.ok().contentType(SVG).body(qrs.svg(person.holder(), person.qid(), form, medium));
    }

    /** The printable card: the QR 5 × 5 cm, the name and the masked identity under it. */
    @GetMapping("/card.pdf")
    ResponseEntity<byte[]> card(@AuthenticationPrincipal PortalUser user, @PathVariable("qid") String qid,
            @RequestParam(name = "form", required = false) String form) {
        boolean full = switch (form == null ? "masked" : form) {
            case "masked" -> false;
            case "full" -> true;
            default -> throw new InvalidFieldException("form", "must be masked or full");
        };
        IssuedCitizenQr.Forms qr = qrs.own(people.holder(user.phone(), qid)).qr();
        byte[] pdf = cards.render(full ? qr.full() : qr.masked(), qr.masked());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename(DownloadNames.cardPdf(qr.masked(), full ? "full" : "masked")).build().toString())
                .body(pdf);
    }

    /** The apps that act for the person, and revoking one of them. */
    @GetMapping("/holders")
    List<HolderApp> holders(OwnPerson person) {
        return holderApps.of(person.holder(), person.qid());
    }

    @DeleteMapping("/holders/{holderId}")
    ResponseEntity<Void> revokeHolder(OwnPerson person, @PathVariable("holderId") String holderId) {
        holderApps.revoke(person.holder(), person.qid(), holderId);
        return ResponseEntity.noContent().build();
    }
}
