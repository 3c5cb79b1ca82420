package vn.qrqg.codec.scan;

import java.util.Objects;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.cccd.CccdCard;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.venue.VenueCode;

/**
 * The typed answer of {@link ScanClassifier#classify}: one record per kind of text, each
 * with its {@link ScanOutcome}. Sealed, so a {@code switch} over it needs no default.
 */
public sealed interface ScanResult {

    ScanKind kind();

    ScanOutcome outcome();

    /**
     * A well-formed personal QR and what its signature says: {@code VALID},
     * {@code INVALID_SIGNATURE}, {@code UNKNOWN_KEY} or {@code REVOKED_KEY}; with revocation lists
     * also {@code REVOKED} or {@code SUPERSEDED}.
     */
    record Personal(PersonalQr qr, ScanOutcome outcome) implements ScanResult {
        public Personal {
            Objects.requireNonNull(qr, "qr");
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public ScanKind kind() {
            return ScanKind.PERSONAL;
        }
    }

    /** A venue URL of the platform with a well-formed code; whether the venue exists is the platform's call. */
    record Venue(VenueCode code) implements ScanResult {
        @Override
        public ScanKind kind() {
            return ScanKind.VENUE;
        }

        @Override
        public ScanOutcome outcome() {
            return ScanOutcome.VALID;
        }
    }

    /** A well-formed CCCD card QR. It is unsigned: it identifies, it does not prove. */
    record CccdCardScan(CccdCard card) implements ScanResult {
        @Override
        public ScanKind kind() {
            return ScanKind.CCCD_CARD;
        }

        @Override
        public ScanOutcome outcome() {
            return ScanOutcome.VALID;
        }
    }

    /** Text of a known kind that breaks its format: the error names the field, the problem and the position. */
    record Malformed(ScanKind kind, QrFormatException error) implements ScanResult {
        @Override
        public ScanOutcome outcome() {
            return ScanOutcome.MALFORMED;
        }

        public String field() {
            return error.field();
        }

        public FormatProblem problem() {
            return error.problem();
        }

        public int position() {
            return error.position();
        }
    }

    /** A text the platform does not read (another app's QR, a web link, a product code). */
    record Unsupported(String reason) implements ScanResult {
        @Override
        public ScanKind kind() {
            return ScanKind.UNKNOWN;
        }

        @Override
        public ScanOutcome outcome() {
            return ScanOutcome.UNSUPPORTED;
        }
    }
}
