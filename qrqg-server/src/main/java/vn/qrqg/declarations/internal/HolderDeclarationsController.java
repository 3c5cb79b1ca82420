package vn.qrqg.declarations.internal;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.declarations.DeclarationPage;
import vn.qrqg.declarations.HealthDeclaration;
import vn.qrqg.declarations.TravelDeclaration;
import vn.qrqg.holders.Holder;
import vn.qrqg.platform.web.FieldErrors;

/**
 * A person declares through their app, and lists what they declared: any certified app's token
 * with the person's holder token ({@code X-Holder-Token}); no scope. The {@link Holder} comes
 * first, so that a call without a valid holder token is refused before its body is looked at.
 * Answers are personal data: {@code Cache-Control: private, no-store}.
 */
@RestController
class HolderDeclarationsController {
    static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    private final DeclarationIntake intake;
    private final DeclarationReads reads;

    HolderDeclarationsController(DeclarationIntake intake, DeclarationReads reads) {
        this.intake = intake;
        this.reads = reads;
    }

    @PostMapping("/api/v1/declarations/health")
    ResponseEntity<HealthDeclaration> health(Holder holder, @RequestBody HealthDeclarationRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(NO_STORE)
                .body(intake.declareHealth(holder, request));
    }

    @PostMapping("/api/v1/declarations/travel")
    ResponseEntity<TravelDeclaration> travel(Holder holder, @RequestBody TravelDeclarationRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(NO_STORE)
                .body(intake.declareTravel(holder, request));
    }

    /** Both kinds, newest first; {@code page} from 0, {@code size} 20 unless given, at most 100. */
    @GetMapping("/api/v1/declarations/mine")
    ResponseEntity<DeclarationPage> mine(Holder holder, @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        FieldErrors fields = new FieldErrors();
        Paging paging = Paging.of(page, size, fields);
        fields.throwIfAny();
        return ResponseEntity.ok().cacheControl(NO_STORE).body(reads.mine(holder, paging));
    }
}
