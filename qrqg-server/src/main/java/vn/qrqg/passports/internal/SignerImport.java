package vn.qrqg.passports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import vn.qrqg.dcc.DccSigningKey;
import vn.qrqg.dcc.DccType;
import vn.qrqg.dcc.SignerCertificates;

/**
 * Reads a document signer handed over for production: a PKCS#12 file, or PEM text holding the
 * private key and the certificates, the DSC's first (or any order: the DSC is the certificate
 * whose public key is the private key's, the CSCA the one that issued it). Checks that the DSC's
 * key is the private key's, that the CSCA (when given) signed it, that it is valid at the time and
 * may sign vaccination certificates. Bouncy Castle reads the PEM: the JDK reads no PEM key.
 */
final class SignerImport {

    /** A document signer and the CSCA that certified it, when the file holds it. */
    record Imported(SignerKeyPair dsc, X509Certificate csca) {
    }

    private SignerImport() {
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with the file (in English, for the operator)
     */
    static Imported pkcs12(byte[] file, char[] password, Instant now) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(file), password);
            List<PrivateKey> keys = new ArrayList<>();
            List<X509Certificate> certificates = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Key key = store.getKey(alias, password);
                    if (key instanceof PrivateKey privateKey) {
                        keys.add(privateKey);
                    }
                    Certificate[] chain = store.getCertificateChain(alias);
                    for (Certificate certificate : chain == null ? new Certificate[0] : chain) {
                        certificates.add((X509Certificate) certificate);
                    }
                } else if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    certificates.add(certificate);
                }
            }
            return assemble(keys, certificates, now);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the PKCS#12 file cannot be opened (is the password right?): "
                    + e.getMessage(), e);
        }
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    static Imported pem(String text, Instant now) {
        List<PrivateKey> keys = new ArrayList<>();
        List<X509Certificate> certificates = new ArrayList<>();
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                switch (item) {
                    case PrivateKeyInfo info -> keys.add(converter.getPrivateKey(info));
                    case PEMKeyPair pair -> keys.add(converter.getKeyPair(pair).getPrivate());
                    case X509CertificateHolder holder -> certificates.add(new JcaX509CertificateConverter().getCertificate(holder));
                    default -> throw new IllegalArgumentException("the PEM text holds a " + item.getClass().getSimpleName()
                            + "; only a private key (unencrypted) and certificates are read");
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the PEM text cannot be read: " + e.getMessage(), e);
        }
        return assemble(keys, certificates, now);
    }

    private static Imported assemble(List<PrivateKey> keys, List<X509Certificate> certificates, Instant now) {
        if (keys.size() != 1) {
            throw new IllegalArgumentException("the file holds " + keys.size() + " private keys; it must hold exactly one, the document signer's");
        }
        PrivateKey key = keys.getFirst();
        X509Certificate dsc = certificates.stream().filter(certificate -> matches(key, certificate)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no certificate in the file holds the private key's public key"));
        if (dsc.getBasicConstraints() >= 0) {
            throw new IllegalArgumentException("the private key's certificate is a CA's; a document signer is not a CA");
        }
        X509Certificate csca = certificates.stream().filter(certificate -> certificate != dsc && issued(certificate, dsc))
                .findFirst().orElse(null);
        if (csca == null && certificates.size() > 1) {
            throw new IllegalArgumentException("none of the other certificates issued the document signer's");
        }
        checkKey(dsc);
        try {
            dsc.checkValidity(Date.from(now));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the document signer's certificate is not valid now (" + dsc.getNotBefore()
                    + " to " + dsc.getNotAfter() + ")", e);
        }
        String usage = SignerCertificates.keyUsageProblem(dsc, DccType.VACCINATION);
        if (usage != null) {
            throw new IllegalArgumentException("the document signer cannot sign vaccination certificates: " + usage);
        }
        new DccSigningKey(key, dsc); // the library's own check of the pair
        return new Imported(new SignerKeyPair(key, dsc), csca);
    }

    /** Whether the certificate's public key is the private key's: a signature made by one verifies with the other. */
    private static boolean matches(PrivateKey key, X509Certificate certificate) {
        if (!key.getAlgorithm().equals(certificate.getPublicKey().getAlgorithm())) {
            return false;
        }
        String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            byte[] probe = "QRQG document signer import".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean issued(X509Certificate issuer, X509Certificate subject) {
        try {
            subject.verify(issuer.getPublicKey());
            return issuer.getSubjectX500Principal().equals(subject.getIssuerX500Principal());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static void checkKey(X509Certificate dsc) {
        if (dsc.getPublicKey() instanceof ECPublicKey ec) {
            if (ec.getParams().getCurve().getField().getFieldSize() != 256) {
                throw new IllegalArgumentException("the document signer's EC key is not P-256");
            }
        } else if (dsc.getPublicKey() instanceof RSAPublicKey rsa) {
            if (rsa.getModulus().bitLength() < 2048) {
                throw new IllegalArgumentException("the document signer's RSA key has fewer than 2048 bits");
            }
        } else {
            throw new IllegalArgumentException("the document signer's key is neither EC P-256 nor RSA");
        }
    }
}
