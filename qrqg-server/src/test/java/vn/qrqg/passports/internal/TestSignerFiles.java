package vn.qrqg.passports.internal;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signer files as a government PKI would hand them over: a CSCA and a DSC it issued, written as
 * PEM or PKCS#12. Made here with Bouncy Castle directly, not with the platform's own maker.
 */
final class TestSignerFiles {

    /** A CSCA, a DSC it issued (its key, EKU as given) and the files. */
    record Chain(KeyPair cscaKeys, X509Certificate csca, KeyPair dscKeys, X509Certificate dsc) {

        /** The DSC's private key (PKCS#8) and both certificates, DSC first. */
        String pem() {
            StringWriter out = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
                writer.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(dscKeys.getPrivate(), null));
                writer.writeObject(dsc);
                writer.writeObject(csca);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return out.toString();
        }

        /** A PKCS#12 with the DSC's key and its chain, base64. */
        String pkcs12(String password) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("dsc", dscKeys.getPrivate(), password.toCharArray(), new Certificate[] {dsc, csca});
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.store(out, password.toCharArray());
                return Base64.getEncoder().encodeToString(out.toByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private TestSignerFiles() {
    }

    /** A chain valid from now on for a year; the DSC's extended key usages as given (none: any type). */
    static Chain chain(String name, String... dscUsages) {
        KeyPair cscaKeys = ec();
        KeyPair dscKeys = ec();
        Instant now = Instant.now().minusSeconds(60);
        X500Name cscaName = new X500Name("CN=" + name + " CSCA,O=Test PKI,C=VN");
        try {
            X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(cscaName, serial(), Date.from(now),
                    Date.from(now.plus(Duration.ofDays(3650))), cscaName, cscaKeys.getPublic());
            ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            X509Certificate csca = sign(ca, cscaKeys);
            X509v3CertificateBuilder signer = new JcaX509v3CertificateBuilder(cscaName, serial(), Date.from(now),
                    Date.from(now.plus(Duration.ofDays(365))), new X500Name("CN=" + name + " DSC,O=Test PKI,C=VN"),
                    dscKeys.getPublic());
            if (dscUsages.length > 0) {
                KeyPurposeId[] purposes = java.util.Arrays.stream(dscUsages)
                        .map(oid -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(oid))).toArray(KeyPurposeId[]::new);
                signer.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes));
            }
            return new Chain(cscaKeys, csca, dscKeys, sign(signer, cscaKeys));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair issuer) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
    }

    private static KeyPair ec() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE));
    }
}
