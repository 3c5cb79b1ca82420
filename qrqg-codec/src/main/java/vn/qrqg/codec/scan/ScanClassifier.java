package vn.qrqg.codec.scan;

import java.util.List;
import java.util.Objects;
import vn.qrqg.codec.QrFormatException;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.cccd.CccdCard;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.revocation.RevocationLists;
import vn.qrqg.codec.signature.SignatureVerifier;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.codec.venue.Recognition;
import vn.qrqg.codec.venue.VenueUrlReader;

/**
 * The one entry point for any scanned text: tells a personal QR v1.1, a venue URL and a
 * CCCD card QR apart, parses strictly, verifies personal QRs against the trust list, and
 * answers with a {@link ScanResult}. Bad input is a result ({@code MALFORMED},
 * {@code UNSUPPORTED}), never an exception. Immutable and thread-safe.
 */
public final class ScanClassifier {

    /** The most a QR can hold (version 40, numeric mode); anything longer was not scanned from a QR. */
    public static final int MAX_LENGTH = 7089;
    private static final int CCCD_CARD_FIELDS = 7;

    private final TrustList trustList;
    private final VenueUrlReader venueUrls;
    private final RevocationLists revocations;

    /**
     * @param trustList the platform's published keys (JWKS), for verifying personal QRs
     * @param venueBaseUrls every public base URL the platform issued venue QRs under
     */
    public ScanClassifier(TrustList trustList, List<String> venueBaseUrls) {
        this(trustList, venueBaseUrls, RevocationLists.none());
    }

    /**
     * An offline reader's classifier: as the other, and a personal QR whose signature verifies is
     * {@code REVOKED} or {@code SUPERSEDED} when its key's revocation list names it (FORMATS.md §4).
     *
     * @param revocations the per-key revocation lists the reader synced
     */
    public ScanClassifier(TrustList trustList, List<String> venueBaseUrls, RevocationLists revocations) {
        this.trustList = trustList;
        this.venueUrls = new VenueUrlReader(venueBaseUrls);
        this.revocations = Objects.requireNonNull(revocations, "revocations");
    }

    public ScanResult classify(String scanned) {
        return classify(scanned, true);
    }

    /**
     * As {@link #classify}, except that a personal QR's signature is not checked yet: its outcome
     * is what its key alone says ({@code UNKNOWN_KEY}, {@code REVOKED_KEY}, else {@code VALID}).
     * Only for the issuer, which keeps every text it signed: a scanned text equal to one of its
     * copies is a text it signed, whatever the signature says, and one equal to none must then be
     * checked with {@link #verify}. A reader without those copies uses {@link #classify}.
     */
    public ScanResult classifyBeforeSignature(String scanned) {
        return classify(scanned, false);
    }

    /**
     * The outcome of checking a parsed personal QR's signature against the trust list, then, when
     * it verifies, against the revocation lists, as {@link #classify} does. A revocation list is
     * consulted only for a signature that verifies: a forged text is {@code INVALID_SIGNATURE}.
     */
    public ScanOutcome verify(PersonalQr qr) {
        ScanOutcome signature = SignatureVerifier.verify(qr.signature(), qr.signedBytes(), trustList);
        return signature == ScanOutcome.VALID ? revocations.outcome(qr.signature()) : signature;
    }

    private ScanResult classify(String scanned, boolean checkSignature) {
        if (scanned == null || scanned.isEmpty()) {
            return new ScanResult.Unsupported("the text is empty");
        }
        if (scanned.length() > MAX_LENGTH) {
            return new ScanResult.Unsupported("the text is longer than any QR can hold");
        }
        // keyboard-wedge readers end each scan with CR, LF or both; they are not part of any format
        String text = stripLineEnd(scanned);
        if (text.regionMatches(true, 0, "http://", 0, 7) || text.regionMatches(true, 0, "https://", 0, 8)) {
            return venue(text);
        }
        if (text.indexOf('|') < 0) {
            return new ScanResult.Unsupported("not a personal QR, a venue URL or a CCCD card QR");
        }
        if (looksLikeCccdCard(text)) {
            try {
                return new ScanResult.CccdCardScan(CccdCard.parse(text));
            } catch (QrFormatException e) {
                return new ScanResult.Malformed(ScanKind.CCCD_CARD, e);
            }
        }
        return personal(text, checkSignature);
    }

    private ScanResult personal(String text, boolean checkSignature) {
        PersonalQr qr;
        try {
            qr = PersonalQr.parse(text);
        } catch (QrFormatException e) {
            return new ScanResult.Malformed(ScanKind.PERSONAL, e);
        }
        return new ScanResult.Personal(qr, checkSignature ? verify(qr)
                : SignatureVerifier.keyOutcome(qr.signature(), trustList));
    }

    private ScanResult venue(String text) {
        try {
            Recognition recognition = venueUrls.recognise(text);
            return switch (recognition) {
                case Recognition.Venue venue -> new ScanResult.Venue(venue.code());
                case Recognition.NotOurs notOurs -> new ScanResult.Unsupported("a web link that is not a venue QR of the platform");
            };
        } catch (QrFormatException e) {
            return new ScanResult.Malformed(ScanKind.VENUE, e);
        }
    }

    /** Seven '|'-separated fields and no '<': a CCCD card; a personal QR has six and always a '<'. */
    private static boolean looksLikeCccdCard(String text) {
        return text.indexOf('<') < 0 && text.chars().filter(c -> c == '|').count() == CCCD_CARD_FIELDS - 1;
    }

    private static String stripLineEnd(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(0, end);
    }
}
