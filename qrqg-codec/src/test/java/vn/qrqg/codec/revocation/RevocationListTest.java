package vn.qrqg.codec.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.BirthDate;
import vn.qrqg.codec.Gender;
import vn.qrqg.codec.ScanOutcome;
import vn.qrqg.codec.document.DocumentNumber;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.codec.personal.PersonalQrContent;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.codec.personal.QrForm;
import vn.qrqg.codec.scan.ScanClassifier;
import vn.qrqg.codec.signature.ChuKy;
import vn.qrqg.codec.signature.InMemorySigner;
import vn.qrqg.codec.signature.KeyStatus;
import vn.qrqg.codec.signature.TrustList;
import vn.qrqg.codec.signature.TrustedKey;

/** An offline reader with a key's revocation list refuses the QRs it names, however they are re-encoded. */
class RevocationListTest {
    /** The P-256 group order n. */
    static final BigInteger N = new BigInteger("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16);
    private static final List<String> VENUES = List.of("https://qr.example.vn");

    private final InMemorySigner key = InMemorySigner.generate();
    private final InMemorySigner otherKey = InMemorySigner.generate();
    private final TrustList trustList = TrustList.of(List.of(
            new TrustedKey(key.keyId(), key.publicKey(), KeyStatus.ACTIVE),
            new TrustedKey(otherKey.keyId(), otherKey.publicKey(), KeyStatus.RETIRED)));
    // the same person's QR signed three times: a revocation re-signs the very same text
    private final String lost = qr(key);
    private final String old = qr(key);
    private final String current = qr(key);

    @Test
    void aLostPhonesQrIsRevokedOfflineWhileTheSameTextSignedAgainIsValid() {
        ScanClassifier reader = reader(RevocationList.of(key.keyId(), 2, ids(lost), ids(old)));

        assertThat(reader.classify(lost).outcome()).isEqualTo(ScanOutcome.REVOKED);
        assertThat(reader.classify(old).outcome()).isEqualTo(ScanOutcome.SUPERSEDED);
        assertThat(reader.classify(current).outcome()).isEqualTo(ScanOutcome.VALID);
        assertThat(new ScanClassifier(trustList, VENUES).classify(lost).outcome()).isEqualTo(ScanOutcome.VALID);
    }

    @Test
    void reEncodingTheSignatureAsItsOtherValidSpellingDoesNotSlipPastTheList() {
        String highS = otherSpelling(lost);
        ScanClassifier withoutList = new ScanClassifier(trustList, VENUES);

        assertThat(highS).isNotEqualTo(lost);
        assertThat(withoutList.classify(highS).outcome()).as("ECDSA accepts both spellings").isEqualTo(ScanOutcome.VALID);
        assertThat(RevocationId.of(chuKy(highS))).isEqualTo(RevocationId.of(chuKy(lost)));
        assertThat(reader(RevocationList.of(key.keyId(), 1, ids(lost), new long[0])).classify(highS).outcome())
                .isEqualTo(ScanOutcome.REVOKED);
    }

    @Test
    void aTamperedRevokedQrIsAnInvalidSignatureNotARevocation() {
        ScanClassifier reader = reader(RevocationList.of(key.keyId(), 1, ids(lost), new long[0]));

        assertThat(reader.classify(lost.replace("1993-01-18", "1993-01-19")).outcome())
                .isEqualTo(ScanOutcome.INVALID_SIGNATURE);
    }

    @Test
    void aKeysListSaysNothingOfAnotherKeysQrs() {
        String signedByOther = qr(otherKey);
        RevocationList list = RevocationList.of(key.keyId(), 1, ids(signedByOther), new long[0]);

        assertThat(reader(list).classify(signedByOther).outcome()).isEqualTo(ScanOutcome.VALID);
    }

    @Test
    void aDeltaBringsTheListUpToDateAndAGapIsRefused() {
        RevocationList whole = RevocationList.of(key.keyId(), 3, new long[0], ids(old));
        RevocationList delta = RevocationList.delta(key.keyId(), 3, 5, ids(lost), new long[0]);

        assertThat(reader(whole).classify(lost).outcome()).isEqualTo(ScanOutcome.VALID);
        RevocationList updated = whole.apply(delta);
        assertThat(updated.crlVersion()).isEqualTo(5);
        assertThat(updated.isDelta()).isFalse();
        assertThat(reader(whole, delta).classify(lost).outcome()).isEqualTo(ScanOutcome.REVOKED);
        assertThat(reader(whole, delta).classify(old).outcome()).isEqualTo(ScanOutcome.SUPERSEDED);
        assertThatThrownBy(() -> whole.apply(RevocationList.delta(key.keyId(), 4, 5, ids(lost), new long[0])))
                .isInstanceOf(RevocationListException.class).hasMessageContaining("fetch the whole list");
        assertThatThrownBy(() -> RevocationLists.of(List.of(delta))).isInstanceOf(RevocationListException.class);
    }

    @Test
    void aRevokedIdWinsOverTheSameSupersededOne() {
        RevocationList list = RevocationList.of(key.keyId(), 2, new long[0], ids(lost))
                .apply(RevocationList.delta(key.keyId(), 2, 3, ids(lost), new long[0]));

        assertThat(list.size()).isEqualTo(1);
        assertThat(reader(list).classify(lost).outcome()).isEqualTo(ScanOutcome.REVOKED);
    }

    @Test
    void theJsonReadsBackAndUnknownMembersAreSkipped() {
        RevocationList delta = RevocationList.delta(key.keyId(), 7, 9, ids(lost), ids(old, current));
        String json = delta.toJson();

        assertThat(json).startsWith("{\"format\":\"qrqg-revocations/1\",\"kid\":\"" + key.keyId()
                + "\",\"crlVersion\":9,\"since\":7,\"revoked\":[\"" + RevocationId.of(chuKy(lost)) + "\"]");
        RevocationList read = RevocationList.parse(json.replace("\"since\"", "\"later\":{\"a\":[1]},\"since\""));
        assertThat(read.toJson()).isEqualTo(json);
        assertThat(RevocationList.parse(RevocationList.of(key.keyId(), 0, new long[0], new long[0]).toJson()).size()).isZero();
    }

    @Test
    void aBrokenListIsRefusedSayingWhy() {
        String kid = key.keyId();
        assertThatThrownBy(() -> RevocationList.parse("{\"kid\":\"" + kid + "\",\"crlVersion\":1}"))
                .isInstanceOf(RevocationListException.class).hasMessageContaining("format");
        assertThatThrownBy(() -> RevocationList.parse(head(kid) + ",\"revoked\":[\"AAAAAAAAAAB\"]}"))
                .hasMessageContaining("\"revoked\"[0]").hasMessageContaining("not a revocation id");
        assertThatThrownBy(() -> RevocationList.parse(head(kid) + ",\"revoked\":[\"AAAA\"]}"))
                .isInstanceOf(RevocationListException.class);
        assertThatThrownBy(() -> RevocationList.parse(head(kid) + ",\"revoked\":[1]}"))
                .isInstanceOf(RevocationListException.class);
        assertThatThrownBy(() -> RevocationList.parse(head(kid) + ",\"since\":2}")).isInstanceOf(RevocationListException.class);
        assertThatThrownBy(() -> RevocationList.parse(head(kid) + "} {}")).isInstanceOf(RevocationListException.class);
        assertThatThrownBy(() -> RevocationList.parse(head(kid))).isInstanceOf(RevocationListException.class);
        assertThatThrownBy(() -> RevocationList.parse("[]")).isInstanceOf(RevocationListException.class);
        assertThatThrownBy(() -> RevocationList.parse(head(kid).replace(":1", ":-1") + "}"))
                .isInstanceOf(RevocationListException.class);
    }

    @Test
    void theJwksAnnouncesEachKeysListCounter() {
        TrustList announced = trustList.withCrlVersion(key.keyId(), 42);
        TrustList read = TrustList.fromJwks(announced.toJwks());

        assertThat(announced.toJwks()).contains("\"crlVersion\" : 42");
        assertThat(read.crlVersion(key.keyId())).hasValue(42);
        assertThat(read.crlVersion(otherKey.keyId())).isEmpty();
        assertThat(read).isEqualTo(announced);
    }

    @Test
    void idsAreWrittenAndReadAsUnpaddedBase64UrlOfTheirEightBigEndianBytes() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (long value : java.util.stream.LongStream.concat(java.util.stream.LongStream.of(0, -1, Long.MIN_VALUE,
                Long.MAX_VALUE), random.longs(1000)).toArray()) {
            String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.nio.ByteBuffer.allocate(8).putLong(value).array());
            assertThat(RevocationId.text(value)).isEqualTo(expected);
            assertThat(RevocationId.parse(expected)).isEqualTo(value);
        }
        assertThatThrownBy(() -> RevocationId.parse("AAAAAAAAAAB")).isInstanceOf(RevocationListException.class);
        assertThatThrownBy(() -> RevocationId.parse("AAAAAAAAAA=")).isInstanceOf(RevocationListException.class);
        assertThatThrownBy(() -> RevocationId.parse("AAAAAAAAAA+")).isInstanceOf(RevocationListException.class);
    }

    private static String head(String kid) {
        return "{\"format\":\"qrqg-revocations/1\",\"kid\":\"" + kid + "\",\"crlVersion\":1";
    }

    private ScanClassifier reader(RevocationList... lists) {
        return new ScanClassifier(trustList, VENUES, RevocationLists.of(List.of(lists)));
    }

    static ChuKy chuKy(String text) {
        return PersonalQr.parse(text).signature();
    }

    private static long[] ids(String... texts) {
        return Arrays.stream(texts).mapToLong(text -> RevocationId.value(chuKy(text))).toArray();
    }

    /** The same QR with {@code s} replaced by {@code n − s}: ECDSA's other valid signature, made without the key. */
    static String otherSpelling(String text) {
        ChuKy chuKy = chuKy(text);
        byte[] raw = chuKy.signature();
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, 32, 64));
        byte[] other = N.subtract(s).toByteArray();
        Arrays.fill(raw, 32, 64, (byte) 0);
        int length = Math.min(other.length, 32);
        System.arraycopy(other, other.length - length, raw, 64 - length, length);
        String sig = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        return text.substring(0, text.length() - 86) + sig;
    }

    static String qr(InMemorySigner signer) {
        return PersonalQrContent.of(DocumentNumber.parse("001193029317"), "Nguyễn Lê Khả Hân",
                BirthDate.parse("1993-01-18"), Qid.parse("162979388586171104", "QID"), null, Gender.FEMALE, null,
                "0912345678").sign(QrForm.FULL, signer);
    }
}
