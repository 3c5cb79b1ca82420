package vn.qrqg.passports.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import vn.qrqg.dcc.DccPayload;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.dcc.DccValueSets;
import vn.qrqg.health.Vaccination;
import vn.qrqg.identity.RegisteredPerson;

/**
 * What a passport certifies, frozen when the person asks for it: the registry's person and their
 * last dose, with the codes the EU DCC writes and the names a person reads beside them. Sealed at
 * rest ({@link PassportKeys}); the signed certificate is {@link #payload()} of exactly this.
 *
 * @param qid the person's QID: names them in the audit of every read
 * @param fullName as the registry writes it, with diacritics
 * @param familyName its first word; {@code givenName} the rest (Vietnamese order)
 * @param dateOfBirth as the DCC writes it: {@code YYYY-MM-DD}, or {@code YYYY-MM} or {@code YYYY} when the
 *        registry knows no more
 * @param dose {@code dn}, the dose's number; {@code series} ({@code sd}) the doses of its series
 * @param site where the dose was given, exactly as the national vaccination system wrote it
 */
record PassportContent(String qid, String fullName, String familyName, String givenName, String dateOfBirth, String vaccine,
        String product, String productName, String manufacturer, String manufacturerName, int dose, int series,
        LocalDate date, String lot, String site, String country, String issuer, String uvci) {
    /** Vietnam, where the passports' doses were given ({@code co}) and which issues them. */
    static final String COUNTRY = "VN";

    /**
     * What the person's last dose certifies, with a new UVCI.
     *
     * @throws IllegalStateException when the product has no EU DCC codes (docs: passports/dcc-vaccines.csv)
     */
    static PassportContent of(String qid, RegisteredPerson person, Vaccination dose, String issuer, String uvci) {
        String name = person.fullName().strip().replaceAll("\\s+", " ");
        int space = name.indexOf(' ');
        DccVaccines.Codes codes = DccVaccines.of(dose.product()).orElseThrow(() -> new IllegalStateException(
                "vaccine product " + dose.product() + " has no EU DCC codes in " + DccVaccines.RESOURCE));
        // dn of sd: a booster counts on (3 of 3); a one-dose vaccine's series is 1
        int series = Math.max(dose.doseNumber(), dose.singleDose() ? 1 : 2);
        return new PassportContent(qid, name, space < 0 ? name : name.substring(0, space),
                space < 0 ? null : name.substring(space + 1), dateOfBirth(person.birthDate()), codes.vaccine(),
                dose.product(), dose.productName(), codes.manufacturer(),
                DccValueSets.display(DccValueSets.MANUFACTURER, codes.manufacturer()).orElse(dose.manufacturer()),
                dose.doseNumber(), series, dose.date(), dose.lot(), dose.site(), COUNTRY, issuer, uvci);
    }

    /** {@code YYYY-MM-DD}, or as much of it as the registry knows. */
    static String dateOfBirth(BirthDate born) {
        if (born.month() == 0) {
            return "%04d".formatted(born.year());
        }
        return born.day() == 0 ? "%04d-%02d".formatted(born.year(), born.month()) : born.toString();
    }

    /** The hcert payload of schema 1.3.0 the department signs. */
    JsonNode payload() {
        return DccPayload.vaccination(new DccPayload.Person(familyName, givenName, dateOfBirth),
                new DccPayload.Vaccination(vaccine, product, manufacturer, dose, series, date, country, issuer, uvci));
    }

    /** The name of the vaccine or prophylaxis ({@code vp}) in the EU value set; its code when the set lacks it. */
    String vaccineName() {
        return DccValueSets.display(DccValueSets.VACCINE, vaccine).orElse(vaccine);
    }

    @Override
    public String toString() {
        return "PassportContent[…]"; // never personal data in a log
    }
}
