package vn.qrqg.declarations;

import org.springframework.stereotype.Service;
import vn.qrqg.declarations.internal.DeclarationIntake;
import vn.qrqg.declarations.internal.DeclarationReads;
import vn.qrqg.holders.Holder;

/**
 * A person declares through their app, and lists what they declared: the API's
 * {@code /api/v1/declarations/health}, {@code …/travel} and {@code …/mine} with a holder token,
 * and the portal. Each declaration is kept with the holder's app; each list is audited as read by it.
 */
@Service
public class HolderDeclarations {
    private final DeclarationIntake intake;
    private final DeclarationReads reads;

    HolderDeclarations(DeclarationIntake intake, DeclarationReads reads) {
        this.intake = intake;
        this.reads = reads;
    }

    /** @throws vn.qrqg.platform.web.InvalidFieldException naming every field it cannot take */
    public HealthDeclaration declareHealth(Holder holder, HealthDeclarationRequest request) {
        return intake.declareHealth(holder, request);
    }

    /** @throws vn.qrqg.platform.web.InvalidFieldException naming every field it cannot take */
    public TravelDeclaration declareTravel(Holder holder, TravelDeclarationRequest request) {
        return intake.declareTravel(holder, request);
    }

    /**
     * Both kinds, newest first.
     *
     * @param page from 0 (null: 0)
     * @param size 20 when null, at most 100
     * @throws vn.qrqg.platform.web.InvalidFieldException naming {@code page} or {@code size}
     */
    public DeclarationPage mine(Holder holder, String page, String size) {
        return reads.mine(holder, page, size);
    }
}
