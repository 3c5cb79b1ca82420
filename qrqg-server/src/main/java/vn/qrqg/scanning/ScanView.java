package vn.qrqg.scanning;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.qrqg.clients.Scopes;
import vn.qrqg.codec.personal.Masking;
import vn.qrqg.health.CovidCard;
import vn.qrqg.health.PersonHealthRecords;
import vn.qrqg.identity.RegisteredPerson;
import vn.qrqg.insurance.InsuranceChecks;

/**
 * What a scanner sees of the person it scanned, by its scope (DOMAIN.md, "Scanning and
 * check-in"): exactly these fields, always all of them (a value it lacks is {@code null}). A
 * token with several scan scopes gets the broadest: police, then health, then venue.
 */
public enum ScanView {
    /** {@code scan:venue}: a short name, the birth year and the COVID card {@code {colour, validUntil, reason}}. */
    VENUE(Scopes.SCAN_VENUE, List.of("shortName", "birthYear", "covidCard")),
    /**
     * {@code scan:health}: also gender, phone and insurance number masked as in the masked QR, what
     * social insurance says today of that card ({@code {status, validFrom, validTo}}), the QID, and
     * the vaccination, test and recovery records.
     */
    HEALTH(Scopes.SCAN_HEALTH, List.of("shortName", "birthYear", "covidCard", "gender", "phone",
            "insuranceNumber", "insuranceCard", "qid", "healthRecords")),
    /** {@code scan:police}: the identity fields in full. */
    POLICE(Scopes.SCAN_POLICE, List.of("qid", "documentNumber", "oldDocumentNumber", "fullName", "dateOfBirth",
            "gender", "phone", "insuranceNumber", "address"));

    /** Broadest first. */
    private static final List<ScanView> BY_BREADTH = List.of(POLICE, HEALTH, VENUE);

    private final String scope;
    private final List<String> fields;

    ScanView(String scope, List<String> fields) {
        this.scope = scope;
        this.fields = fields;
    }

    /** The broadest view these scopes allow; empty when they hold no scan scope. */
    public static Optional<ScanView> broadestOf(Collection<String> scopes) {
        return BY_BREADTH.stream().filter(view -> scopes.contains(view.scope)).findFirst();
    }

    public String scope() {
        return scope;
    }

    /** The names of the fields this view shows, in the order it shows them. */
    public List<String> fields() {
        return fields;
    }

    /** Whether this view shows {@code field}: health data is looked up only for the views that show it. */
    public boolean shows(String field) {
        return fields.contains(field);
    }

    /**
     * The person as this view shows them: {@link #fields()} in order, each present, {@code null} when
     * unknown.
     *
     * @param covidCard their card, when this view {@link #shows} {@code covidCard}
     * @param healthRecords their records, when this view shows {@code healthRecords}
     * @param insuranceCard what social insurance says today of their card, when this view shows {@code insuranceCard}
     */
    public Map<String, Object> present(ScannedPerson person, CovidCard covidCard, PersonHealthRecords healthRecords,
            InsuranceChecks.CardStatus insuranceCard) {
        RegisteredPerson registered = person.registered();
        Map<String, Object> view = new LinkedHashMap<>();
        for (String field : fields) {
            view.put(field, switch (field) {
                case "shortName" -> ShortNames.of(registered.fullName());
                case "birthYear" -> registered.birthDate().year();
                case "covidCard" -> covidCard;
                case "healthRecords" -> healthRecords;
                case "gender" -> registered.gender().name();
                case "phone" -> this == POLICE ? person.phone() : masked(person.phone(), Masking::phone);
                case "insuranceNumber" -> this == POLICE ? person.insuranceNumber()
                        : masked(person.insuranceNumber(), Masking::insuranceNumber);
                case "insuranceCard" -> insuranceCard;
                case "qid" -> person.qid();
                case "documentNumber" -> registered.documentNumber();
                case "oldDocumentNumber" -> registered.oldDocumentNumber();
                case "fullName" -> registered.fullName();
                case "dateOfBirth" -> registered.birthDate().toString();
                case "address" -> registered.address();
                default -> throw new IllegalStateException("no value for field " + field);
            });
        }
        return view;
    }

    private static String masked(String value, java.util.function.UnaryOperator<String> mask) {
        return value == null ? null : mask.apply(value);
    }
}
