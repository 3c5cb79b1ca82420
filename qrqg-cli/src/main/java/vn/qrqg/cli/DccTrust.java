package vn.qrqg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.qrqg.dcc.SignerCertificates;

/** The signer certificates {@code dcc verify} trusts: {@code --dsc} files and a {@code --trust-list}. */
final class DccTrust {
    private DccTrust() {
    }

    /** {@link IOException} (exit 2) naming the file that is not a certificate or the list that is not one. */
    static SignerCertificates read(List<Path> dscs, String trustList, PrintWriter err) throws IOException, InterruptedException {
        List<java.security.cert.X509Certificate> certificates = new ArrayList<>();
        for (Path dsc : dscs) {
            try {
                certificates.add(SignerCertificates.parseCertificate(Files.readAllBytes(dsc)));
            } catch (IllegalArgumentException e) {
                throw new IOException("--dsc " + dsc + ": " + e.getMessage(), e);
            }
        }
        SignerCertificates signers = SignerCertificates.of(certificates);
        if (trustList != null) {
            try {
                SignerCertificates listed = SignerCertificates.fromTrustList(
                        TrustListSource.read(trustList, "the trust list", "application/json"));
                if (listed.skipped() > 0) {
                    err.println("qrqg: warning: " + listed.skipped() + " trust list entries are not document signer "
                            + "certificates that parse; they were left out");
                }
                signers = signers.plus(listed);
            } catch (IllegalArgumentException e) {
                throw new IOException("--trust-list " + trustList + ": " + e.getMessage(), e);
            }
        }
        if (signers.size() == 0) {
            err.println("qrqg: warning: no signer certificate is trusted (give --dsc or --trust-list): the signature step will fail");
        }
        err.flush();
        return signers;
    }
}
