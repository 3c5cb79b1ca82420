package vn.qrqg.dcc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import vn.qrqg.codec.signature.EcdsaP256;

/**
 * EU DCC verification per second on one thread, and the cost of each step, with the codec's
 * native provider (Conscrypt). In the library's own package (qrqg-bench only, on the class path)
 * so that the steps, package-private there, can be timed one by one.
 *
 * <p>The certificate is Germany's {@code DE/2DCode/raw/1.json} of the EU's public test data
 * (eu-digital-green-certificates/dgc-testdata, Apache-2.0): ES256, a real-world payload, verified
 * against its own document signer certificate at its validation clock.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
@Threads(1) // the target is per core
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Dqrqg.crypto.provider=auto"})
public class DccVerifyBenchmark {
    static final String TEXT = ""
            + "HC1:6BF+70790T9WJWG.FKY*4GO0.O1CV2 O5 N2FBBRW1*70HS8WY04AC*WIFN0AHCD8KD97TK0F90KECTHGWJC0FDC:5AIA%G7"
            + "X+AQB9746HS80:54IBQF60R6$A80X6S1BTYACG6M+9XG8KIAWNA91AY%67092L4WJCT3EHS8XJC$+DXJCCWENF6OF63W5NW6WF6%"
            + "JC QE/IAYJC5LEW34U3ET7DXC9 QE-ED8%E.JCBECB1A-:8$96646AL60A60S6Q$D.UDRYA 96NF6L/5QW6307KQEPD09WEQDD+Q"
            + "6TW6FA7C466KCN9E%961A6DL6FA7D46JPCT3E5JDLA7$Q6E464W5TG6..DX%DZJC6/DTZ9 QE5$CB$DA/D JC1/D3Z8WED1ECW.C"
            + "CWE.Y92OAGY8MY9L+9MPCG/D5 C5IA5N9$PC5$CUZCY$5Y$527B+A4KZNQG5TKOWWD9FL%I8U$F7O2IBM85CWOC%LEZU4R/BXHDA"
            + "HN 11$CA5MRI:AONFN7091K9FKIGIY%VWSSSU9%01FO2*FTPQ3C3F";
    static final String DSC = ""
            + "MIIGXjCCBBagAwIBAgIQXg7NBunD5eaLpO3Fg9REnzA9BgkqhkiG9w0BAQowMKANMAsGCWCGSAFlAwQCA6EaMBgGCSqGSIb3DQEB"
            + "CDALBglghkgBZQMEAgOiAwIBQDBgMQswCQYDVQQGEwJERTEVMBMGA1UEChMMRC1UcnVzdCBHbWJIMSEwHwYDVQQDExhELVRSVVNU"
            + "IFRlc3QgQ0EgMi0yIDIwMTkxFzAVBgNVBGETDk5UUkRFLUhSQjc0MzQ2MB4XDTIxMDQyNzA5MzEyMloXDTIyMDQzMDA5MzEyMlow"
            + "fjELMAkGA1UEBhMCREUxFDASBgNVBAoTC1ViaXJjaCBHbWJIMRQwEgYDVQQDEwtVYmlyY2ggR21iSDEOMAwGA1UEBwwFS8O2bG4x"
            + "HDAaBgNVBGETE0RUOkRFLVVHTk9UUFJPVklERUQxFTATBgNVBAUTDENTTTAxNzE0MzQzNzBZMBMGByqGSM49AgEGCCqGSM49AwEH"
            + "A0IABPI+O0HoJImZhJs0rwaSokjUf1vspsOTd57Lrq/9tn/aS57PXc189pyBTVVtbxNkts4OSgh0BdFfml/pgETQmvSjggJfMIIC"
            + "WzAfBgNVHSMEGDAWgBRQdpKgGuyBrpHC3agJUmg33lGETzAtBggrBgEFBQcBAwQhMB8wCAYGBACORgEBMBMGBgQAjkYBBjAJBgcE"
            + "AI5GAQYCMIH+BggrBgEFBQcBAQSB8TCB7jArBggrBgEFBQcwAYYfaHR0cDovL3N0YWdpbmcub2NzcC5kLXRydXN0Lm5ldDBHBggr"
            + "BgEFBQcwAoY7aHR0cDovL3d3dy5kLXRydXN0Lm5ldC9jZ2ktYmluL0QtVFJVU1RfVGVzdF9DQV8yLTJfMjAxOS5jcnQwdgYIKwYB"
            + "BQUHMAKGamxkYXA6Ly9kaXJlY3RvcnkuZC10cnVzdC5uZXQvQ049RC1UUlVTVCUyMFRlc3QlMjBDQSUyMDItMiUyMDIwMTksTz1E"
            + "LVRydXN0JTIwR21iSCxDPURFP2NBQ2VydGlmaWNhdGU/YmFzZT8wFwYDVR0gBBAwDjAMBgorBgEEAaU0AgICMIG/BgNVHR8Egbcw"
            + "gbQwgbGgga6ggauGcGxkYXA6Ly9kaXJlY3RvcnkuZC10cnVzdC5uZXQvQ049RC1UUlVTVCUyMFRlc3QlMjBDQSUyMDItMiUyMDIw"
            + "MTksTz1ELVRydXN0JTIwR21iSCxDPURFP2NlcnRpZmljYXRlcmV2b2NhdGlvbmxpc3SGN2h0dHA6Ly9jcmwuZC10cnVzdC5uZXQv"
            + "Y3JsL2QtdHJ1c3RfdGVzdF9jYV8yLTJfMjAxOS5jcmwwHQYDVR0OBBYEFF8VpC1Zm1R44UuA8oDPaWTMeabxMA4GA1UdDwEB/wQE"
            + "AwIGwDA9BgkqhkiG9w0BAQowMKANMAsGCWCGSAFlAwQCA6EaMBgGCSqGSIb3DQEBCDALBglghkgBZQMEAgOiAwIBQAOCAgEAwRkh"
            + "qDw/YySzfqSUjfeOEZTKwsUf+DdcQO8WWftTx7Gg6lUGMPXrCbNYhFWEgRdIiMKD62niltkFI+DwlyvSAlwnAwQ1pKZbO27CWQZk"
            + "0xeAK1xfu8bkVxbCOD4yNNdgR6OIbKe+a9qHk27Ky44Jzfmu8vV1sZMG06k+kldUqJ7FBrx8O0rd88823aJ8vpnGfXygfEp7bfN4"
            + "EM+Kk9seDOK89hXdUw0GMT1TsmErbozn5+90zRq7fNbVijhaulqsMj8qaQ4iVdCSTRlFpHPiU/vRB5hZtsGYYFqBjyQcrFti5HdL"
            + "6f69EpY/chPwcls93EJE7QIhnTidg3m4+vliyfcavVYH5pmzGXRO11w0xyrpLMWh9wX/Al984VHPZj8JoPgSrpQp4OtkTbtOPBH3"
            + "w4fXdgWMAmcJmwq7SwRTC7Ab1AK6CXk8IuqloJkeeAG4NNeTa3ujZMBxr0iXtVpaOV01uLNQXHAydl2VTYlRkOm294/s4rZ1cNb1"
            + "yqJ+VNYPNa4XmtYPxh/i81afHmJUZRiGyyyrlmKA3qWVsV7arHbcdC/9UmIXmSG/RaZEpmiCtNrSVXvtzPEXgPrOomZuCoKFC26h"
            + "HRI8g+cBLdn9jIGduyhFiLAArndYp5US/KXUvu8xVFLZ/cxMalIWmiswiPYMwx2ZP+mIf1QHu/nyDtQ=";
    static final Instant AT = Instant.parse("2021-06-01T18:00:00Z");

    private DccVerifier verifier;
    private String base45;
    private byte[] compressed;
    private byte[] cose;
    private Cose.Sign1 message;
    private byte[] toBeSigned;
    private TrustedSigner signer;
    private com.fasterxml.jackson.databind.JsonNode payload;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String provider = EcdsaP256.providerName();
        System.out.println("# QRQG ECDSA P-256 provider: " + provider + ", JVM " + Runtime.version());
        check(provider.startsWith("Conscrypt"), "the provider is " + provider + ", this benchmark measures Conscrypt");
        var certificate = SignerCertificates.parseCertificate(DSC.getBytes(StandardCharsets.US_ASCII));
        verifier = new DccVerifier(SignerCertificates.of(List.of(certificate)));
        check(verifier.verify(TEXT, AT).valid(), "the German test certificate does not verify");
        check(!verifier.verify(TEXT, AT.plusSeconds(400L * 24 * 3600)).valid(), "an expired certificate verifies");
        base45 = TEXT.substring(DccDecoder.PREFIX.length());
        compressed = Base45.decode(base45);
        cose = Zlib.inflate(compressed);
        message = Cose.parse(cose);
        toBeSigned = Cose.toBeSigned(message.protectedBytes(), message.payload());
        signer = TrustedSigner.of(certificate);
        payload = DccDecoder.read(TEXT).payload();
        check(Signatures.verify("ES256", signer, toBeSigned, message.signature()) == null, "the signature does not verify");
        check(HcertSchema.check(payload) == null, "the payload violates the schema");
    }

    /** Every step, as {@code dcc verify} runs them: the target. */
    @Benchmark
    public DccResult verify() {
        return verifier.verify(TEXT, AT);
    }

    /** Prefix, Base45, zlib, COSE, CBOR: what {@code dcc decode} does. */
    @Benchmark
    public DccResult decodeOnly() {
        return DccDecoder.decode(TEXT);
    }

    @Benchmark
    public byte[] stepPrefixBase45() {
        return Base45.decode(TEXT.substring(DccDecoder.PREFIX.length()));
    }

    @Benchmark
    public byte[] stepZlib() {
        return Zlib.inflate(compressed);
    }

    /** The COSE_Sign1 structure and the CWT inside it. */
    @Benchmark
    public Object stepCoseCbor() throws Exception {
        return Cbor.read(Cose.parse(cose).payload());
    }

    /** Building the Sig_structure and one ES256 verification with Conscrypt. */
    @Benchmark
    public String stepSignature() {
        return Signatures.verify("ES256", signer, Cose.toBeSigned(message.protectedBytes(), message.payload()),
                message.signature());
    }

    @Benchmark
    public String stepSchema() {
        return HcertSchema.check(payload);
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
