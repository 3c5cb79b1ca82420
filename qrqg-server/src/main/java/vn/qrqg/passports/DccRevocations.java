package vn.qrqg.passports;

import java.time.Instant;
import java.util.Optional;
import vn.qrqg.dcc.DccCertificate;

/**
 * The EU DCCs the platform revoked, by the EU revocation list's hash types UCI, COUNTRYCODEUCI and
 * SIGNATURE, published for verifiers at {@code /.well-known/dcc/revocation-list.json}. Thread-safe.
 */
public interface DccRevocations {

    /**
     * Revokes a certificate the platform issued: its three hashes join the published list. Revoking
     * it again changes nothing.
     *
     * @return when it was first revoked
     */
    Instant revoke(DccCertificate certificate);

    /** When a certificate was revoked, by any of its hashes; empty when it was not. */
    Optional<Instant> revokedAt(DccCertificate certificate);
}
