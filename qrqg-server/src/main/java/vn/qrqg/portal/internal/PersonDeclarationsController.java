package vn.qrqg.portal.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.declarations.DeclarationPage;
import vn.qrqg.declarations.HealthDeclaration;
import vn.qrqg.declarations.HealthDeclarationRequest;
import vn.qrqg.declarations.HolderDeclarations;
import vn.qrqg.declarations.TravelDeclaration;
import vn.qrqg.declarations.TravelDeclarationRequest;
import vn.qrqg.platform.idempotency.Idempotent;

/**
 * One of the signed-in citizen's people declares, and lists what they declared, through
 * {@link HolderDeclarations}: the bodies and answers are the API's. The person comes first, so
 * that nobody else's QID gets as far as the body.
 */
@RestController
@RequestMapping("/portal/api/people/{qid}/declarations")
class PersonDeclarationsController {
    private final HolderDeclarations declarations;

    PersonDeclarationsController(HolderDeclarations declarations) {
        this.declarations = declarations;
    }

    @Idempotent
    @PostMapping("/health")
    @ResponseStatus(HttpStatus.CREATED)
    HealthDeclaration declareHealth(OwnPerson person, @RequestBody HealthDeclarationRequest request) {
        return declarations.declareHealth(person.holder(), request);
    }

    @Idempotent
    @PostMapping("/travel")
    @ResponseStatus(HttpStatus.CREATED)
    TravelDeclaration declareTravel(OwnPerson person, @RequestBody TravelDeclarationRequest request) {
        return declarations.declareTravel(person.holder(), request);
    }

    @GetMapping
    DeclarationPage declarations(OwnPerson person, @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "size", required = false) String size) {
        return declarations.mine(person.holder(), page, size);
    }
}
