package vn.qrqg.passports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrqg.dcc.DccSigningKey;
import vn.qrqg.passports.DccTestCertificates;
import vn.qrqg.passports.DccTestCertificates.Listed;
import vn.qrqg.platform.web.InvalidFieldException;

/** Reading the EU gateway's trust list as an operator uploads it. */
class TrustListUploadTest {
    private static final DccSigningKey GERMAN = DccTestCertificates.newSigner("German test DSC");
    private static final DccSigningKey DUTCH = DccTestCertificates.newSigner("Dutch test DSC");

    @Test
    void readsTheGatewaysArrayAndItsObjectFormByCountry() {
        String array = DccTestCertificates.trustList(List.of(new Listed("DE", GERMAN.certificate()),
                new Listed("NL", DUTCH.certificate())));
        for (String body : List.of(array, "{\"certificates\":" + array + "}")) {
            TrustListUpload upload = TrustListUpload.read(body);
            assertThat(upload.signers().values()).extracting(ForeignSigner::country).containsExactly("DE", "NL");
            assertThat(upload.skipped()).isEmpty();
        }
    }

    @Test
    void aCertificateListedTwiceIsKeptOnce() {
        TrustListUpload upload = TrustListUpload.read(DccTestCertificates.trustList(List.of(
                new Listed("DE", GERMAN.certificate()), new Listed("DE", GERMAN.certificate()))));
        assertThat(upload.signers()).hasSize(1);
    }

    @Test
    void entriesThatAreNoSignerOrHaveNoCountryAreSkippedWithWhy() {
        String good = DccTestCertificates.trustList(List.of(new Listed("DE", GERMAN.certificate())));
        String body = good.substring(0, good.length() - 1)
                + ",{\"kid\":\"AAAAAAAAAAA=\",\"country\":\"FR\",\"certificateType\":\"CSCA\",\"rawData\":\"MIIB\"}"
                + ",{\"kid\":\"BBBBBBBBBBB=\",\"country\":\"IT\",\"rawData\":\"not a certificate\"}"
                + ",{\"kid\":\"CCCCCCCCCCC=\",\"country\":\"italy\",\"rawData\":\"MIIB\"}]";
        TrustListUpload upload = TrustListUpload.read(body);
        assertThat(upload.signers()).hasSize(1);
        assertThat(upload.skipped()).extracting(TrustListUpload.Skipped::index, TrustListUpload.Skipped::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "FR"), org.assertj.core.groups.Tuple.tuple(2, "IT"),
                        org.assertj.core.groups.Tuple.tuple(3, "italy"));
        assertThat(upload.skipped().get(1).reason()).isEqualTo("rawData is not a certificate in base64 DER");
    }

    @Test
    void anUnreadableBodyOrAListWithoutOneSignerIsRefused() {
        for (String body : List.of("", "not json", "{\"kid\":1}", "42", "[]",
                "[{\"country\":\"DE\",\"rawData\":\"nope\"}]")) {
            assertThatThrownBy(() -> TrustListUpload.read(body)).as(body).isInstanceOf(InvalidFieldException.class)
                    .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("certificates"));
        }
    }
}
