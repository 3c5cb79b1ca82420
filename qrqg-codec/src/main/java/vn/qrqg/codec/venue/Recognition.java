package vn.qrqg.codec.venue;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link VenueUrlReader#recognise} makes of a scanned text: either not one of the
 * platform's venue URLs ({@link NotOurs}; a scan classifier reports it as
 * {@code UNSUPPORTED}), or a venue URL with a well-formed code ({@link Venue}). A venue URL
 * of the platform with a bad code is neither: it is thrown as a {@code QrFormatException}
 * ({@code MALFORMED}). Sealed, so a {@code switch} over it needs no default.
 */
public sealed interface Recognition {

    /** The one {@link NotOurs} value. */
    Recognition NOT_OURS = new NotOurs();

    /** The venue code, or empty when the text is not ours. */
    Optional<VenueCode> venueCode();

    /** Not a URL, another scheme, host or port, or a path other than {@code /v/…}. */
    record NotOurs() implements Recognition {
        @Override
        public Optional<VenueCode> venueCode() {
            return Optional.empty();
        }
    }

    /** One of the platform's venue URLs; the code is well-formed but may name no venue. */
    record Venue(VenueCode code) implements Recognition {
        public Venue {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public Optional<VenueCode> venueCode() {
            return Optional.of(code);
        }
    }
}
