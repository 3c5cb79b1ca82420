package vn.qrqg.health;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One vaccination dose, as the national vaccination database reported it.
 *
 * @param date the day of the dose
 * @param doseNumber its number in the person's schedule, from 1, as the source numbered it
 * @param product its code in the EU Digital COVID Certificate value set, e.g. {@code EU/1/20/1528}
 * @param productName for people, e.g. "Comirnaty (Pfizer-BioNTech)"
 * @param manufacturer the marketing authorisation holder or manufacturer
 * @param singleDose whether this product's one dose completes the primary series (Janssen)
 * @param lot the lot number, or {@code null}
 * @param site where it was given, or {@code null}
 * @param recordId the record's id on the platform (a feedback report names it); null for one not stored
 */
public record Vaccination(LocalDate date, int doseNumber, String product, String productName, String manufacturer,
        boolean singleDose, String lot, String site, @JsonInclude(JsonInclude.Include.NON_NULL) UUID recordId) {

    /** A dose not (yet) stored. */
    public Vaccination(LocalDate date, int doseNumber, String product, String productName, String manufacturer,
            boolean singleDose, String lot, String site) {
        this(date, doseNumber, product, productName, manufacturer, singleDose, lot, site, null);
    }
}
