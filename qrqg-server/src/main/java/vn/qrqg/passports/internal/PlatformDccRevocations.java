package vn.qrqg.passports.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.qrqg.dcc.DccCertificate;
import vn.qrqg.dcc.RevocationHashes;
import vn.qrqg.passports.DccRevocations;

/** {@link DccRevocations} in {@code dcc_revocation}: all three hash types of every revoked certificate. */
@Service
class PlatformDccRevocations implements DccRevocations {
    private final DccRevocationRepository repository;
    private final Clock clock;

    PlatformDccRevocations(DccRevocationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Instant revoke(DccCertificate certificate) {
        Instant now = clock.instant();
        byte[] kid = certificate.header().kid();
        for (Map.Entry<RevocationHashes.Type, byte[]> hash : RevocationHashes.of(certificate).entrySet()) {
            repository.insert(new DccRevocationRepository.Entry(hash.getKey(), hash.getValue(), kid, now,
                    certificate.claims().expiresAt()));
        }
        return revokedAt(certificate).orElseThrow();
    }

    @Override
    public java.util.Optional<Instant> revokedAt(DccCertificate certificate) {
        List<RevocationHashes.Type> types = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        RevocationHashes.of(certificate).forEach((type, hash) -> {
            types.add(type);
            hashes.add(hash);
        });
        return repository.firstRevokedAt(types, hashes);
    }

    /** Every entry still listed. */
    List<DccRevocationRepository.Entry> entries() {
        return repository.findAll();
    }
}
