package vn.qrqg.dcc;

import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Whether a document signer may sign a certificate of a type. A signer whose extended key usage
 * names none of the EU DCC usages may sign every type (as the specification says); one that names
 * some may sign only those types, by either arc of OIDs.
 */
final class KeyUsage {
    private KeyUsage() {
    }

    /** Null when allowed; otherwise why not. */
    static String check(X509Certificate signer, DccType type) {
        List<String> usages;
        try {
            usages = signer.getExtendedKeyUsage();
        } catch (CertificateParsingException e) {
            return "the signer certificate's extended key usage cannot be read: " + e.getMessage();
        }
        if (usages == null || usages.stream().noneMatch(DccType::isDccKeyUsage)) {
            return null;
        }
        if (type == null) {
            return "the certificate has no vaccination, test or recovery entry";
        }
        if (usages.stream().anyMatch(type.keyUsages()::contains)) {
            return null;
        }
        return "the signer certificate may sign only " + allowed(usages) + " certificates, not "
                + type.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String allowed(List<String> usages) {
        return String.join(" and ", java.util.Arrays.stream(DccType.values())
                .filter(t -> usages.stream().anyMatch(t.keyUsages()::contains))
                .map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
