package vn.qrqg.dcc;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Document signer keys and certificates made at test time (self-signed: the verifier trusts a
 * DSC directly, as the EU gateway's trust list does). Never a real key.
 */
final class TestSigners {
    static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant NOT_AFTER = Instant.parse("2028-01-01T00:00:00Z");

    private TestSigners() {
    }

    static DccSigningKey ec(String name, String... keyUsages) {
        return signer(generate("EC"), name, keyUsages);
    }

    static DccSigningKey rsa(String name, String... keyUsages) {
        return signer(generate("RSA"), name, keyUsages);
    }

    private static DccSigningKey signer(KeyPair pair, String name, String... keyUsages) {
        return new DccSigningKey(pair.getPrivate(), certificate(pair, name, NOT_BEFORE, NOT_AFTER, keyUsages));
    }

    static KeyPair generate(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("EC")) {
                generator.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static X509Certificate certificate(KeyPair pair, String name, Instant notBefore, Instant notAfter, String... keyUsages) {
        try {
            X500Name subject = new X500Name("CN=" + name + ",O=QRQG test,C=VN");
            var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)),
                    Date.from(notBefore), Date.from(notAfter), subject, pair.getPublic());
            if (keyUsages.length > 0) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(Arrays.stream(keyUsages)
                        .map(oid -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oid))).toArray(KeyPurposeId[]::new)));
            }
            String algorithm = pair.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(algorithm).build(pair.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
