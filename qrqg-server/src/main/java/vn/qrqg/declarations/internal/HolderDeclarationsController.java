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
import vn.qrqg.declarations.HealthDeclarationRequest;
import vn.qrqg.declarations.HolderDeclarations;
import vn.qrqg.declarations.TravelDeclaration;
import vn.qrqg.declarations.TravelDeclarationRequest;
import vn.qrqg.holders.Holder;
import vn.qrqg.platform.idempotency.Idempotent;

/**
 * A person declares through their app, and lists what they declared: any certified app's token
 * with the person's holder token ({@code X-Holder-Token}); no scope. The {@link Holder} comes
 * first, so that a call without a valid holder token is refused before its body is looked at.
 * Answers are personal data: {@code Cache-Control: private, no-store}.
 */
@RestController
class HolderDeclarationsController {
    static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    private final HolderDeclarations declarations;

    HolderDeclarationsController(HolderDeclarations declarations) {
        this.declarations = declarations;
    }

    @Idempotent
    @PostMapping("/api/v1/declarations/health")
    ResponseEntity<HealthDeclaration> health(Holder holder, @RequestBody HealthDeclarationRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(NO_STORE)
                .body(declarations.declareHealth(holder, request));
    }

    @Idempotent
    @PostMapping("/api/v1/declarations/travel")
    ResponseEntity<TravelDeclaration> travel(Holder holder, @RequestBody TravelDeclarationRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(NO_STORE)
                .body(declarations.declareTravel(holder, request));
    }

    /** Both kinds, newest first; {@code page} from 0, {@code size} 20 unless given, at most 100. */
    @GetMapping("/api/v1/declarations/mine")
    ResponseEntity<DeclarationPage> mine(Holder holder, @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        return ResponseEntity.ok().cacheControl(NO_STORE).body(declarations.mine(holder, page, size));
    }
}
