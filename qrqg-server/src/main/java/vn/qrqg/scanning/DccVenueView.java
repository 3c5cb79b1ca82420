package vn.qrqg.scanning;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code scan:venue}: a short name, the birth year and whether it is valid; nothing of what it
 * certifies (a vaccination, a test, a recovery) nor who issued it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DccVenueView(String shortName, Integer birthYear, DccValidity validity) implements DccScanView {
}
