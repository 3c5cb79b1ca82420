package vn.qrqg.passports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.qrqg.dcc.CwtClaims;
import vn.qrqg.dcc.DccIssuer;
import vn.qrqg.dcc.DccPayload;
import vn.qrqg.dcc.DccSigningKey;
import vn.qrqg.dcc.SignerCertificates;

/**
 * EU DCCs for tests: document signers made at test time (self-signed, as a trust list trusts a DSC
 * directly; never a real key), certificates they sign, trust lists in the EU gateway's format, and
 * the German and Dutch certificates of the EU's public test data ({@code src/test/resources/dcc}).
 */
public final class DccTestCertificates {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One certificate of the EU's test data: its text, its DSC and the clock it was valid at. */
    public record EuTestCertificate(String text, X509Certificate signer, Instant validAt) {
    }

    private DccTestCertificates() {
    }

    /** A new ES256 document signer, valid from a day ago for two years, allowed every type. */
    public static DccSigningKey newSigner(String name) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=" + name + ",O=QRQG test,C=XX");
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(subject,
                    BigInteger.valueOf(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(730))), subject,
                    pair.getPublic());
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new DccSigningKey(pair.getPrivate(), certificate);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A second dose of Comirnaty for Erika Mustermann, issued by {@code country}, valid a year from {@code issuedAt}. */
    public static String vaccination(DccSigningKey signer, String country, Instant issuedAt) {
        return vaccination(signer, country, issuedAt, new DccPayload.Person("Mustermann", "Erika", "1964-08-12"));
    }

    /** The same second dose of Comirnaty for {@code person}. */
    public static String vaccination(DccSigningKey signer, String country, Instant issuedAt, DccPayload.Person person) {
        return DccIssuer.sign(DccPayload.vaccination(person,
                        new DccPayload.Vaccination("1119349007", "EU/1/20/1528", "ORG-100030215", 2, 2,
                                LocalDate.parse("2021-06-01"), country, "Test Ministry of Health",
                                "URN:UVCI:01:" + country + ":TEST" + ThreadLocalRandom.current().nextInt(1_000_000))),
                new CwtClaims(country, issuedAt, issuedAt.plus(Duration.ofDays(365))), signer);
    }

    /** A negative PCR test of Erika Mustermann, sampled an hour before {@code issuedAt}. */
    public static String test(DccSigningKey signer, String country, Instant issuedAt) {
        return DccIssuer.sign(DccPayload.test(new DccPayload.Person("Mustermann", "Erika", "1964-08-12"),
                        new DccPayload.Test("LP6464-4", "PCR Test", null, issuedAt.minus(Duration.ofHours(1)),
                                "260415000", "Testzentrum Köln", country, "Test Ministry of Health",
                                "URN:UVCI:01:" + country + ":PCR" + ThreadLocalRandom.current().nextInt(1_000_000))),
                new CwtClaims(country, issuedAt, issuedAt.plus(Duration.ofDays(3))), signer);
    }

    /** {@code DE-1.json} or {@code NL-041-vaccination.json}. */
    public static EuTestCertificate euTestData(String file) {
        try (InputStream in = DccTestCertificates.class.getResourceAsStream("/dcc/" + file)) {
            JsonNode json = JSON.readTree(in);
            String clock = json.path("TESTCTX").path("VALIDATIONCLOCK").asString();
            Instant validAt = clock.matches(".*(Z|[+-]\\d\\d:\\d\\d)$")
                    ? java.time.OffsetDateTime.parse(clock).toInstant() : java.time.LocalDateTime.parse(clock)
                            .toInstant(java.time.ZoneOffset.UTC);
            return new EuTestCertificate(json.path("PREFIX").asString(), SignerCertificates.parseCertificate(
                    json.path("TESTCTX").path("CERTIFICATE").asString().getBytes()), validAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One entry of an EU gateway trust list. */
    public record Listed(String country, X509Certificate certificate) {
    }

    /** The EU gateway's JSON array of these DSCs. */
    public static String trustList(List<Listed> signers) {
        var array = JSON.createArrayNode();
        for (Listed listed : signers) {
            try {
                array.addObject().put("kid", Base64.getEncoder().encodeToString(SignerCertificates.kid(listed.certificate())))
                        .put("country", listed.country()).put("certificateType", "DSC")
                        .put("rawData", Base64.getEncoder().encodeToString(listed.certificate().getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return JSON.writeValueAsString(array);
    }
}
