package vn.qrqg.dcc;

import java.util.Arrays;
import java.util.Base64;

/**
 * What the COSE_Sign1 headers say: the algorithm ({@code ES256} or {@code PS256}) and the key id,
 * the first 8 bytes of the SHA-256 of the signer certificate's DER. The specification lets the
 * key id stand in the protected or the unprotected header; {@code kidProtected} says which.
 */
public record CoseHeader(String algorithm, byte[] kid, boolean kidProtected) {

    public CoseHeader {
        kid = kid.clone();
    }

    @Override
    public byte[] kid() {
        return kid.clone();
    }

    /** The key id in standard base64, as the EU gateway's trust list writes it (e.g. {@code DEsVUSvpFAE=}). */
    public String kidBase64() {
        return Base64.getEncoder().encodeToString(kid);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CoseHeader that && algorithm.equals(that.algorithm)
                && Arrays.equals(kid, that.kid) && kidProtected == that.kidProtected;
    }

    @Override
    public int hashCode() {
        return algorithm.hashCode() * 31 + Arrays.hashCode(kid);
    }

    @Override
    public String toString() {
        return "CoseHeader[" + algorithm + ", kid " + kidBase64() + (kidProtected ? " (protected)]" : " (unprotected)]");
    }
}
