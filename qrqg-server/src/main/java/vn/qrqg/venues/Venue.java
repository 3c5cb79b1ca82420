package vn.qrqg.venues;

import java.time.Instant;
import vn.qrqg.codec.venue.VenueCode;

/**
 * A registered venue: what anyone may read of it. Its owner's name and phone are not part of
 * it (personal data, kept for the platform's operators only).
 *
 * @param address the street address as the owner wrote it, without commune and province
 */
public record Venue(VenueCode code, String name, VenueType type, String address, String communeCode,
        String provinceCode, VenueStatus status, Instant createdAt) {
}
