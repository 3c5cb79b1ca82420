package vn.qrqg.health.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.health.CardColour;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.CovidCards;
import vn.qrqg.health.HealthRecords;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.health.UnknownPersonException;
import vn.qrqg.holders.Holder;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.issuance.citizens.IssuedQrs;

/**
 * A person's own COVID card and health records, for the app that holds their holder token (any
 * certified app, no scope). The card follows the rules of the province they live in. Each answer
 * is audited before it goes out, and no cache keeps it.
 */
@RestController
class CitizenHealthController {
    static final String CARD = "/api/v1/citizens/{qid}/covid-card";
    static final String RECORDS = "/api/v1/citizens/{qid}/health-records";
    private static final CacheControl NO_STORE = CacheControl.noStore().cachePrivate();

    /**
     * The holder's card: {@code {colour, validUntil, reason}} as scanners see it, and the province
     * whose rules gave it ({@code null}: the residence is unknown, so the national default).
     */
    record OwnCard(CardColour colour, OffsetDateTime validUntil, String reason, String provinceCode,
            OffsetDateTime evaluatedAt) {
    }

    private final CovidCards cards;
    private final HealthRecords records;
    private final IssuedQrs issuedQrs;
    private final PopulationRegistry registry;
    private final AuditTrail audit;
    private final Clock clock;

    CitizenHealthController(CovidCards cards, HealthRecords records, IssuedQrs issuedQrs, PopulationRegistry registry,
            AuditTrail audit, Clock clock) {
        this.cards = cards;
        this.records = records;
        this.issuedQrs = issuedQrs;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping(CARD)
    ResponseEntity<OwnCard> card(@PathVariable("qid") String qid, Holder holder) {
        holder.require(qid); // first, so that another person's QID learns nothing
        RegisteredPerson person = person(holder);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String province = cards.residenceProvince(person).orElse(null);
        CovidCard card = cards.evaluate(person, province, now);
        audited(holder, "GET " + CARD, List.of("covidCard"));
        return ResponseEntity.ok().cacheControl(NO_STORE).body(new OwnCard(card.colour(), card.validUntil(),
                card.reason(), province, VietnamTime.of(now)));
    }

    @GetMapping(RECORDS)
    ResponseEntity<PersonHealthRecords> records(@PathVariable("qid") String qid, Holder holder) {
        holder.require(qid);
        PersonHealthRecords found = records.of(person(holder));
        audited(holder, "GET " + RECORDS, List.of("vaccinations", "tests", "recoveries"));
        return ResponseEntity.ok().cacheControl(NO_STORE).body(found);
    }

    private RegisteredPerson person(Holder holder) {
        return issuedQrs.documentNumberOf(holder.qid()).flatMap(registry::findByDocumentNumber)
                .orElseThrow(() -> new UnknownPersonException("qid"));
    }

    private void audited(Holder holder, String purpose, List<String> fields) {
        audit.record(AuditEntry.of(CallingClient.require(), null, purpose, holder.qid().value(), null, fields, "READ"));
    }
}
