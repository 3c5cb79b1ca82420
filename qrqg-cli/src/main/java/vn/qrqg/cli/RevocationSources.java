package vn.qrqg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import vn.qrqg.codec.revocation.RevocationList;
import vn.qrqg.codec.revocation.RevocationLists;
import vn.qrqg.codec.scan.ScanResult;
import vn.qrqg.codec.signature.TrustList;

/**
 * The revocation lists {@code verify --revocations} reads (FORMATS.md §4), in order: each a file
 * or a URL, a whole list or a delta of the one before. A URL that ends in
 * {@code /.well-known/qr-revocations/} (or without the slash) names the platform's lists: the
 * scanned QR's key's list is fetched from it.
 */
final class RevocationSources {
    static final String PATH = "/.well-known/qr-revocations";

    private RevocationSources() {
    }

    static RevocationLists read(List<String> sources, ScanResult scanned) throws IOException, InterruptedException {
        RevocationLists lists = RevocationLists.none();
        String kid = scanned instanceof ScanResult.Personal personal ? personal.qr().signature().keyId() : null;
        for (String source : sources) {
            String location = source;
            if (source.endsWith(PATH) || source.endsWith(PATH + "/")) {
                if (kid == null) {
                    continue; // not a personal QR: no key, no list to fetch
                }
                location = (source.endsWith("/") ? source : source + "/") + kid;
            }
            lists = lists.with(RevocationList.parse(TrustListSource.read(location, "the revocation list", "application/json")));
        }
        return lists;
    }

    /** One line on {@code err} when the list held for the QR's key is older than the trust list announces. */
    static void warnIfStale(RevocationLists lists, TrustList trustList, ScanResult scanned, PrintWriter err) {
        if (!(scanned instanceof ScanResult.Personal personal)) {
            return;
        }
        String kid = personal.qr().signature().keyId();
        lists.find(kid).ifPresent(list -> trustList.crlVersion(kid).ifPresent(announced -> {
            if (announced > list.crlVersion()) {
                err.println("qrqg: the revocation list of key " + kid + " is at crlVersion " + list.crlVersion()
                        + ", the trust list announces " + announced + ": fetch the delta (?since="
                        + list.crlVersion() + ")");
            }
        }));
    }
}
