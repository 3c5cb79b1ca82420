package vn.qrqg.passports.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.qrqg.dcc.DccType;

/**
 * Makes the platform's own signers, EC P-256 as the EU recommends: a self-signed country signing
 * CA, and document signers it certifies, allowed to sign vaccination certificates only (the
 * EU's extended key usage {@code 1.3.6.1.4.1.1847.2021.1.2}: the platform issues no other type).
 * With Bouncy Castle: the JDK has no public API to write a certificate.
 */
final class SignerCertificateMaker {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SignerCertificateMaker() {
    }

    /** A new country signing CA, valid from {@code notBefore} for {@code validity}. */
    static SignerKeyPair csca(String commonName, Instant notBefore, Duration validity) {
        KeyPair pair = generate();
        X500Name subject = name(commonName);
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(), Date.from(notBefore),
                    Date.from(notBefore.plus(validity)), subject, pair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
            return new SignerKeyPair(pair.getPrivate(), sign(builder, pair));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a country signing CA certificate: " + e.getMessage(), e);
        }
    }

    /** A new document signer certified by {@code csca}, valid from {@code notBefore} for {@code validity}. */
    static SignerKeyPair dsc(SignerKeyPair csca, String commonName, Instant notBefore, Duration validity) {
        if (csca.key() == null) {
            throw new IllegalStateException("the platform does not hold the country signing CA's key: import a document signer");
        }
        KeyPair pair = generate();
        try {
            X509Certificate issuer = csca.certificate();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial(), Date.from(notBefore),
                    Date.from(notBefore.plus(validity)), name(commonName), pair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.getInstance(new ASN1ObjectIdentifier(DccType.VACCINATION.keyUsages().getFirst()))))
                    .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(issuer))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
            return new SignerKeyPair(pair.getPrivate(), sign(builder, new KeyPair(issuer.getPublicKey(), csca.key())));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a document signer certificate: " + e.getMessage(), e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer) throws GeneralSecurityException {
        String algorithm = issuer.getPrivate().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(algorithm).build(issuer.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e.getMessage(), e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has EC P-256", e);
        }
    }

    private static X500Name name(String commonName) {
        return new X500Name("CN=" + commonName.replace(",", " ") + ",O=QRQG,C=VN");
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).setBit(63); // positive, 8 bytes, unpredictable
    }
}
