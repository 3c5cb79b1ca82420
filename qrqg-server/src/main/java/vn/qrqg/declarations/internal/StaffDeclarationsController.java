package vn.qrqg.declarations.internal;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.Scopes;
import vn.qrqg.declarations.HealthDeclaration;
import vn.qrqg.platform.web.InvalidFieldException;
import vn.qrqg.scanning.Identification;
import vn.qrqg.scanning.Scans;

/**
 * A venue's staff declare a visitor's health for them when the visitor has no phone (issue 5):
 * the same {@code POST /api/v1/declarations/health}, without a holder token, from a staff scanner
 * (scope {@code checkin:venue}, bound to its venue), with {@code visitorText}: what the scanner
 * read from the visitor's printed personal QR or CCCD card. Any other caller without a holder
 * token is told it needs one, as before.
 */
@RestController
class StaffDeclarationsController {
    static final String PURPOSE = "POST /api/v1/declarations/health (for a visitor)";

    private final DeclarationIntake intake;
    private final Scans scans;
    private final AuditTrail audit;

    StaffDeclarationsController(DeclarationIntake intake, Scans scans, AuditTrail audit) {
        this.intake = intake;
        this.scans = scans;
        this.audit = audit;
    }

    @PostMapping(path = "/api/v1/declarations/health", headers = "!X-Holder-Token")
    ResponseEntity<HealthDeclaration> forVisitor(VisitorsStaff staff, @RequestBody HealthDeclarationRequest request) {
        if (request.visitorText() == null || request.visitorText().isBlank()) {
            throw new InvalidFieldException("visitorText", "is required without a holder token: the text the staff "
                    + "scanner read from the visitor's printed personal QR or CCCD card");
        }
        intake.check(request);
        Identification visitor = scans.identifyAll(staff.scanner(), List.of(request.visitorText())).getFirst();
        if (visitor.qid() == null) {
            throw new InvalidFieldException("visitorText", visitor.identified()
                    ? "is the card of a person who has no personal QR yet: they declare once through any certified "
                            + "app, or at a health post, then staff can declare for them"
                    : "identifies nobody (" + visitor.answer().outcome() + "): scan the visitor's personal QR or "
                            + "CCCD card again");
        }
        HealthDeclaration declaration = intake.declareHealthForVisitor(visitor.qid(), request);
        // the answer names the visitor's QID to the staff: a read of personal data
        audit.record(AuditEntry.of(staff.scanner(), Scopes.CHECKIN_VENUE, PURPOSE, visitor.qid(), visitor.documentNumber(),
                List.of("qid"), "DECLARED"));
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(HolderDeclarationsController.NO_STORE)
                .body(declaration);
    }
}
