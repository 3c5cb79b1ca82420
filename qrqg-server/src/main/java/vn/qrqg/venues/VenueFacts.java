package vn.qrqg.venues;

/**
 * A venue's public facts: the answer of {@code GET /api/v1/venues/{venueCode}}, and what the
 * portal's {@code /v/{code}} page and check-in confirmation show. Anyone may read them (they are
 * printed on the door anyway).
 *
 * @param address the street address as registered; commune and province are named beside it
 * @param status {@code ACTIVE} or {@code SUSPENDED}
 * @param url what the venue's QR encodes (FORMATS.md §2)
 */
public record VenueFacts(String venueCode, String name, String type, String address, String communeCode,
        String communeName, String provinceCode, String provinceName, String status, String url, String posterUrl) {
}
