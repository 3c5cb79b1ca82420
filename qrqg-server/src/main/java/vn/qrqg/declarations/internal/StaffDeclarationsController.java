package vn.qrqg.declarations.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.Scopes;
import vn.qrqg.declarations.HealthDeclaration;
import vn.qrqg.declarations.HealthDeclarationRequest;
import vn.qrqg.platform.idempotency.Idempotent;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.scanning.Identification;
import vn.qrqg.scanning.ScanAnswer;
import vn.qrqg.scanning.Scans;

/**
 * A venue's staff declare a visitor's health for them when the visitor has no phone (issue 5):
 * the same {@code POST /api/v1/declarations/health}, without a holder token, from a staff scanner
 * (scope {@code checkin:venue}, bound to its venue), with {@code visitorText}: what the scanner
 * read from the visitor, which must prove the visitor was there. So it must be a personal QR the
 * platform signed and issued to them ({@code VALID}, or {@code SUPERSEDED}: an older printout of
 * theirs, still theirs), or their CCCD card's QR whose number, printed name and birth date are
 * the registry's; never a bare document number or a typed card of someone else. Counted in the
 * scanner's hourly quota like any scan. Any other caller without a holder token is told it needs
 * one, as before.
 */
@RestController
class StaffDeclarationsController {
    static final String PURPOSE = "POST /api/v1/declarations/health (for a visitor)";
    /**
     * What people type for a person instead of scanning them: a CCCD, CMND or passport number
     * alone, or as a masked QR shows it ({@code ******029317}).
     */
    private static final Pattern BARE_DOCUMENT_NUMBER = Pattern.compile("[0-9*]{9}|[0-9*]{12}|[A-Z*][0-9*]{7}");

    private final DeclarationIntake intake;
    private final Scans scans;
    private final AuditTrail audit;

    StaffDeclarationsController(DeclarationIntake intake, Scans scans, AuditTrail audit) {
        this.intake = intake;
        this.scans = scans;
        this.audit = audit;
    }

    @Idempotent
    @PostMapping(path = "/api/v1/declarations/health", headers = "!X-Holder-Token")
    ResponseEntity<HealthDeclaration> forVisitor(VisitorsStaff staff, @RequestBody HealthDeclarationRequest request) {
        if (request.visitorText() == null || request.visitorText().isBlank()) {
            throw new InvalidFieldException("visitorText", "is required without a holder token: the text the staff "
                    + "scanner read from the visitor's printed personal QR or CCCD card");
        }
        intake.check(request);
        Identification visitor = scans.identifyAll(staff.scanner(), List.of(request.visitorText())).getFirst();
        if (visitor.qid() == null) {
            throw new InvalidFieldException("visitorText", refusal(visitor, request.visitorText()));
        }
        HealthDeclaration declaration = intake.declareHealthForVisitor(visitor.qid(), request);
        // the answer names the visitor's QID to the staff: a read of personal data
        audit.record(AuditEntry.of(staff.scanner(), Scopes.CHECKIN_VENUE, PURPOSE, visitor.qid(), visitor.documentNumber(),
                List.of("qid"), "DECLARED"));
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(HolderDeclarationsController.NO_STORE)
                .body(declaration);
    }

    /**
     * Why a text cannot stand for the visitor, never saying more about the registry than a scan
     * would: a typed card of a real number and a card of nobody get the same words.
     */
    private static String refusal(Identification visitor, String text) {
        ScanAnswer answer = visitor.answer();
        if (visitor.identified()) {
            return "is the card of a person who has no personal QR yet: they declare once through any certified app, "
                    + "or at a health post, then staff can declare for them";
        }
        if (BARE_DOCUMENT_NUMBER.matcher(text.strip()).matches()) {
            return "is a bare document number, which anyone can type: scan the visitor's signed personal QR (on "
                    + "paper or a phone) or the QR on their CCCD card";
        }
        return switch (answer.format()) {
            case CCCD_CARD -> "is a CCCD card that identifies nobody (" + answer.outcome() + "): its number, printed "
                    + "name and birth date must all be the registry's; scan the visitor's own card again";
            case PERSONAL -> "is a personal QR that does not stand for anyone (" + answer.outcome() + "): only a QR "
                    + "the platform signed and issued to the visitor will do; scan it again, unaltered";
            default -> "identifies nobody (" + answer.outcome() + "): scan the visitor's signed personal QR or the QR "
                    + "on their CCCD card";
        };
    }
}
