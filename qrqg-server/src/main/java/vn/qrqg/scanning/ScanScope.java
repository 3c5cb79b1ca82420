package vn.qrqg.scanning;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.qrqg.clients.Scopes;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.insurance.InsuranceChecks;

/**
 * The scan scopes, each with the {@link ScanView} it shows (DOMAIN.md, "Scanning and check-in").
 * A token with several scan scopes gets the broadest: police, then health, then venue. Resolved
 * once per scan, where it is authorised; what is looked up and shown follows from it.
 */
public enum ScanScope {
    VENUE(Scopes.SCAN_VENUE, VenueScanView.class),
    HEALTH(Scopes.SCAN_HEALTH, HealthScanView.class),
    POLICE(Scopes.SCAN_POLICE, PoliceScanView.class);

    /** Broadest first. */
    private static final List<ScanScope> BY_BREADTH = List.of(POLICE, HEALTH, VENUE);

    private final String scope;
    private final List<String> fields;

    ScanScope(String scope, Class<? extends ScanView> view) {
        this.scope = scope;
        this.fields = Arrays.stream(view.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** The broadest scope these scopes hold; empty when they hold no scan scope. */
    public static Optional<ScanScope> broadestOf(Collection<String> scopes) {
        return BY_BREADTH.stream().filter(view -> scopes.contains(view.scope)).findFirst();
    }

    /** The OAuth scope, e.g. {@code scan:venue}. */
    public String scope() {
        return scope;
    }

    /** The names of the fields its view shows, in the order it shows them: what the audit records as read. */
    public List<String> fields() {
        return fields;
    }

    /** Whether its view shows the COVID card, evaluated from the health records. */
    public boolean showsCovidCard() {
        return this != POLICE;
    }

    /** Whether its view shows the health records themselves. */
    public boolean showsHealthRecords() {
        return this == HEALTH;
    }

    /** Whether its view shows what social insurance says of the person's card: only then is it asked. */
    public boolean showsInsuranceCard() {
        return this == HEALTH;
    }

    /**
     * The person as its view shows them. Values it does not show are ignored.
     *
     * @param covidCard their card, when it {@link #showsCovidCard()}
     * @param healthRecords their records, when it {@link #showsHealthRecords()}
     * @param insuranceCard what social insurance says today of their card, when it {@link #showsInsuranceCard()}
     */
    public ScanView present(ScannedPerson person, CovidCard covidCard, PersonHealthRecords healthRecords,
            InsuranceChecks.CardStatus insuranceCard) {
        return switch (this) {
            case VENUE -> VenueScanView.of(person.registered(), covidCard);
            case HEALTH -> HealthScanView.of(person, covidCard, healthRecords, insuranceCard);
            case POLICE -> PoliceScanView.of(person);
        };
    }
}
