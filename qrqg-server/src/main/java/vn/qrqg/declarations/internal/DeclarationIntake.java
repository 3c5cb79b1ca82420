package vn.qrqg.declarations.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.declarations.DeclaredBy;
import vn.qrqg.declarations.HealthDeclaration;
import vn.qrqg.declarations.HealthDeclarationRequest;
import vn.qrqg.declarations.JourneyDeclared;
import vn.qrqg.declarations.Journeys;
import vn.qrqg.declarations.TravelDeclaration;
import vn.qrqg.declarations.TravelDeclarationRequest;
import vn.qrqg.holders.Holder;
import vn.qrqg.identity.AdministrativeAreas;
import vn.qrqg.platform.web.InvalidFieldException;

/**
 * Declarations coming in: checked, then kept with the app that sent them. Not audited: the
 * answer is what the app just sent, and the row itself records which app sent it. Public for
 * {@link vn.qrqg.declarations.HolderDeclarations}, the capability's API.
 */
public final class DeclarationIntake {
    private final HealthDeclarationForm healthForm;
    private final TravelDeclarationForm travelForm;
    private final HealthDeclarationRows health;
    private final TravelDeclarationRows travel;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DeclarationIntake(AdministrativeAreas areas, HealthDeclarationRows health, TravelDeclarationRows travel,
            Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.healthForm = new HealthDeclarationForm(areas);
        this.travelForm = new TravelDeclarationForm(areas);
        this.health = health;
        this.travel = travel;
        this.clock = clock;
    }

    /** The holder's health declaration, sent by their app. */
    public HealthDeclaration declareHealth(Holder holder, HealthDeclarationRequest request) {
        if (request.visitorText() != null) {
            throw new InvalidFieldException("visitorText", "is only for a venue's staff scanner declaring for a "
                    + "visitor without a phone: the person's own app declares for its holder, leave it out");
        }
        return declareHealth(holder.app(), holder.qid(), request, DeclaredBy.HOLDER_APP);
    }

    /**
     * A visitor's health declaration, made for them by a venue's staff (the visitor has no phone).
     *
     */
    HealthDeclaration declareHealthForVisitor(Qid qid, HealthDeclarationRequest request) {
        return declareHealth(CallingClient.require(), qid, request, DeclaredBy.VENUE_STAFF);
    }

    /** Checks the request as a form, naming every bad field, without keeping anything. */
    void check(HealthDeclarationRequest request) {
        healthForm.declaration(request, UUID.randomUUID(), "", clock.instant(), DeclaredBy.VENUE_STAFF);
    }

    /** @param client the app that sent it, which the row records */
    private HealthDeclaration declareHealth(CallingClient client, Qid qid, HealthDeclarationRequest request,
            DeclaredBy declaredBy) {
        HealthDeclaration declaration = healthForm.declaration(request, UUID.randomUUID(), qid.value(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), declaredBy);
        health.insert(declaration, client.appId(), client.clientId());
        return declaration;
    }

    /** The holder's travel declaration, sent by their app; {@link JourneyDeclared} once it is kept. */
    public TravelDeclaration declareTravel(Holder holder, TravelDeclarationRequest request) {
        TravelDeclaration declaration = travelForm.declaration(request, UUID.randomUUID(), holder.qid().value(),
                clock.instant().truncatedTo(ChronoUnit.MICROS), DeclaredBy.HOLDER_APP);
        CallingClient client = holder.app();
        travel.insert(declaration, client.appId(), client.clientId());
        Journeys.Journey journey = TravelJourneys.journey(declaration);
        events.publishEvent(new JourneyDeclared(journey.vehicleKey(), journey.from(), journey.to()));
        return declaration;
    }
}
