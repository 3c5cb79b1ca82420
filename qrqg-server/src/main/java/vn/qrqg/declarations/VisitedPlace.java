package vn.qrqg.declarations;

/**
 * A place a health declaration says the person visited in the last 14 days.
 *
 * @param provinceCode an official province code of the current structure, e.g. {@code 01}
 * @param communeCode one of its communes, wards or special zones, or {@code null}
 * @param description free text (a market, a hospital), or {@code null}
 */
public record VisitedPlace(String provinceCode, String communeCode, String description) {
}
