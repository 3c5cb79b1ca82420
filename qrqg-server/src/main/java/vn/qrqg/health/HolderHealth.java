package vn.qrqg.health;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.qrqg.audit.AuditEntry;
import vn.qrqg.audit.AuditTrail;
import vn.qrqg.codec.VietnamTime;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.Holder;
import vn.qrqg.identity.PopulationRegistry;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.issuance.citizens.IssuedQrs;

/**
 * A person's own COVID card and health records, for the app that holds their holder token: the
 * API's {@code /api/v1/citizens/{qid}/covid-card} and {@code …/health-records}, and the portal.
 * The card follows the rules of the province they live in. Each answer is audited, as read by the
 * holder's app, before it goes out.
 */
@Service
public class HolderHealth {
    static final String CARD = "/api/v1/citizens/{qid}/covid-card";
    static final String RECORDS = "/api/v1/citizens/{qid}/health-records";

    /**
     * The holder's card: {@code {colour, validUntil, reason}} as scanners see it, and the province
     * whose rules gave it ({@code null}: the residence is unknown, so the national default).
     */
    public record OwnCard(CardColour colour, OffsetDateTime validUntil, String reason, String provinceCode,
            OffsetDateTime evaluatedAt) {
    }

    private final CovidCards cards;
    private final HealthRecords records;
    private final IssuedQrs issuedQrs;
    private final PopulationRegistry registry;
    private final AuditTrail audit;
    private final Clock clock;

    HolderHealth(CovidCards cards, HealthRecords records, IssuedQrs issuedQrs, PopulationRegistry registry,
            AuditTrail audit, Clock clock) {
        this.cards = cards;
        this.records = records;
        this.issuedQrs = issuedQrs;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param qid the person the call names: checked first, so that another person's QID learns nothing
     * @throws vn.qrqg.holders.NotTheHolderException when {@code qid} is not the holder's
     * @throws UnknownPersonException when the registry no longer has the person
     */
    public OwnCard covidCard(Holder holder, Qid qid) {
        holder.require(qid);
        RegisteredPerson person = person(holder);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String province = cards.residenceProvince(person).orElse(null);
        CovidCard card = cards.evaluate(person, holder.qid(), province, now);
        audited(holder, "GET " + CARD, List.of("covidCard"));
        return new OwnCard(card.colour(), card.validUntil(), card.reasonInRequestLanguage(), province,
                now.atZone(VietnamTime.ZONE).toOffsetDateTime());
    }

    /** The holder's vaccinations, tests and recoveries, checked as {@link #covidCard} is. */
    public PersonHealthRecords records(Holder holder, Qid qid) {
        holder.require(qid);
        PersonHealthRecords found = records.of(person(holder));
        audited(holder, "GET " + RECORDS, List.of("vaccinations", "tests", "recoveries"));
        return found;
    }

    private RegisteredPerson person(Holder holder) {
        return issuedQrs.documentNumberOf(holder.qid()).flatMap(registry::findByDocumentNumber)
                .orElseThrow(() -> new UnknownPersonException("qid"));
    }

    private void audited(Holder holder, String purpose, List<String> fields) {
        audit.record(AuditEntry.of(holder.app(), null, purpose, holder.qid(), null, fields, "READ"));
    }
}
