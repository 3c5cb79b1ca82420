package vn.qrqg.scanning;

/**
 * Which trust list vouched for the certificate's signer.
 *
 * @param source {@code OWN} (the platform's own document signers) or {@code FOREIGN} (the imported list)
 * @param country the country the list names the signer under
 */
public record DccTrustView(String source, String country) {
}
