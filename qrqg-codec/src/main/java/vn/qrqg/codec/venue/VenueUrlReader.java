package vn.qrqg.codec.venue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.qrqg.codec.FormatProblem;
import vn.qrqg.codec.QrFormatException;

/**
 * Recognises the platform's venue URLs among scanned texts. It is configured with every
 * public base URL the platform has issued venue QRs under (production, staging, a
 * developer's {@code http://localhost:8080}); a URL under any of them is ours.
 */
public final class VenueUrlReader {

    private final List<PublicBaseUrl> bases;

    /** @throws IllegalArgumentException when the list is empty or holds something other than an http(s) base URL */
    public VenueUrlReader(List<String> acceptedPublicBaseUrls) {
        if (acceptedPublicBaseUrls.isEmpty()) {
            throw new IllegalArgumentException("at least one public base URL is needed");
        }
        this.bases = acceptedPublicBaseUrls.stream().map(PublicBaseUrl::parse).toList();
    }

    /**
     * Classifies a scanned text. Tolerated, because phone camera apps produce them: any case
     * in scheme and host, an explicit default port, one {@code /} after the code, and a
     * query string or fragment (tracking parameters), which are ignored.
     *
     * @return {@link Recognition#NOT_OURS} or a {@link Recognition.Venue}
     * @throws QrFormatException naming {@value VenueCode#FIELD} when the text is a URL of
     *         ours with the {@code /v/} path but a bad code, or more path after the code;
     *         the position is in code points within the whole {@code text}
     */
    public Recognition recognise(String text) {
        URI uri = parseOrNull(Objects.requireNonNull(text, "text"));
        if (uri == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Recognition.NOT_OURS; // user info is never issued by us and is a known phishing disguise
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Recognition.NOT_OURS;
        }
        String path = uri.getRawPath();
        for (PublicBaseUrl base : bases) {
            String prefix = base.path() + VenueUrl.PATH_PREFIX;
            if (base.sameOrigin(uri) && path.startsWith(prefix)) {
                return new Recognition.Venue(code(text, path, prefix.length()));
            }
        }
        return Recognition.NOT_OURS;
    }

    /** Reads the code that starts {@code codeStart} chars into the raw {@code path} of {@code text}. */
    private static VenueCode code(String text, String path, int codeStart) {
        // the authority cannot hold '/', so the path starts at the first '/' after "scheme://"
        int pathStart = text.indexOf('/', text.indexOf("//") + 2);
        int offset = text.codePointCount(0, pathStart + codeStart);
        String rest = path.substring(codeStart);
        String code = rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
        int slash = code.indexOf('/');
        if (slash >= 0) {
            throw new QrFormatException(VenueCode.FIELD, FormatProblem.BAD_FORMAT, offset + code.codePointCount(0, slash),
                    "a venue URL ends with the code (and at most one '/'); nothing else may follow in the path");
        }
        try {
            return VenueCode.parse(code);
        } catch (QrFormatException e) {
            throw e.shiftedBy(offset);
        }
    }

    private static URI parseOrNull(String text) {
        try {
            URI uri = new URI(text);
            return uri.isOpaque() || uri.getScheme() == null ? null : uri;
        } catch (URISyntaxException e) {
            return null; // not a URL at all: someone else's QR
        }
    }
}
