package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.codec.personal.PersonalQr;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.venues.PosterScans;

/** The printable card: a phone scanning the printed page reads the person's QR; 5 × 5 cm; name and masked identity under it. */
class PortalCardPdfIT extends PortalApiTestSupport {

    @Test
    void theCardsQrIsFiveCentimetresAndDecodesToTheMaskedQrWithNameAndMaskedNumberUnderIt() throws Exception {
        Browser browser = browser().signIn();
        Person person = someone("Nguyễn Lê Khả Hân");
        String qid = browser.declare(person, "SELF").path("qid").asString();
        JsonNode qr = jsonOf(browser.send("GET", "/portal/api/people/" + qid + "/qr", null)).path("qr");

        HttpResponse<byte[]> card = browser.bytes("/portal/api/people/" + qid + "/card.pdf");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(card.headers().firstValue("Cache-Control")).hasValue("no-store");
        PosterScans.Scan scan = PosterScans.scan(card.body());
        assertThat(scan.decoded()).isEqualTo(qr.path("masked").asString());
        assertThat(scan.symbolSideCm()).isCloseTo(5.0, within(0.1));
        assertThat(scan.pages()).isEqualTo(1);
        assertThat(scan.pageSize().getWidth()).isCloseTo(PDRectangle.A6.getWidth(), within(0.5f));
        String masked = "******" + person.documentNumber().substring(6);
        String name = PersonalQr.parse(qr.path("masked").asString()).fullName(); // as the QR writes it
        assertThat(scan.text()).contains(name, masked).doesNotContain(person.documentNumber());
    }

    @Test
    void theFullFormCardCarriesTheFullQrButStillPrintsTheMaskedNumber() throws Exception {
        Browser browser = browser().signIn();
        browser.declare(someone("Trần Văn Ánh"), "SELF");
        Person person = someone("Trần Thị Ngọc Ánh");
        String qid = browser.declare(person, "DEPENDANT").path("qid").asString();
        JsonNode qr = jsonOf(browser.send("GET", "/portal/api/people/" + qid + "/qr", null)).path("qr");
        PosterScans.Scan scan = PosterScans.scan(browser.bytes("/portal/api/people/" + qid + "/card.pdf?form=full").body());
        assertThat(scan.decoded()).isEqualTo(qr.path("full").asString());
        assertThat(scan.symbolSideCm()).isCloseTo(5.0, within(0.1));
        assertThat(scan.text()).doesNotContain(person.documentNumber());
    }

    @Test
    void anUnknownFormIsA400NamingIt() throws Exception {
        Browser browser = browser().signIn();
        String qid = browser.declare(someone("Lý Văn Phúc"), "SELF").path("qid").asString();
        HttpResponse<String> refused = browser.send("GET", "/portal/api/people/" + qid + "/card.pdf?form=big", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"form\"");
    }
}
