package vn.qrqg.scanning;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code scan:police} (a border officer): the identity the certificate gives and who vouches for it;
 * no health data (not even whether it certifies a vaccination, a test or a recovery).
 *
 * @param standardisedName the ICAO 9303 form, as in a passport's machine-readable zone ({@code MUSTERMANN<<ERIKA})
 * @param dateOfBirth {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}, as the certificate gives it
 * @param issuingCountry the CWT's issuer, else the entry's country
 * @param issuer the entry's issuing authority, e.g. {@code Robert Koch-Institut}
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DccPoliceView(String familyName, String givenName, String standardisedName, String dateOfBirth,
        String uvci, String issuingCountry, String issuer, DccTrustView trust, DccValidity validity)
        implements DccScanView {
}
