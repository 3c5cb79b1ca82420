package vn.qrqg.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.TestClients;
import vn.qrqg.codec.Gender;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.identity.TestPeople.Person;
import vn.qrqg.venues.TestVenues;

/** A citizen declares themself and their dependants, sees them, and nobody else does. */
class PortalPeopleIT extends PortalApiTestSupport {

    @Test
    void declaringSelfAndADependantListsBothWithShortNameAndBirthYearButNoToken() throws Exception {
        Browser browser = browser().signIn();
        Person mother = someone("Nguyễn Thị Thuỷ Tiên");
        Person child = someone("Lê Minh Khang");
        JsonNode self = browser.declare(mother, "SELF");
        assertThat(self.path("relation").asString()).isEqualTo("SELF");
        assertThat(self.path("shortName").asString()).isEqualTo("NGUYEN T. T. T."); // as the QR writes the name
        assertThat(self.path("birthYear").asInt()).isEqualTo(Integer.parseInt(mother.dateOfBirth().substring(0, 4)));
        assertThat(self.has("holderToken")).isFalse();
        JsonNode dependant = browser.declare(child, "dependant");
        assertThat(dependant.path("relation").asString()).isEqualTo("DEPENDANT");

        JsonNode people = jsonOf(browser.send("GET", "/portal/api/people", null));
        assertThat(people.size()).isEqualTo(2);
        assertThat(people.path(0).path("qid").asString()).isEqualTo(self.path("qid").asString());
        assertThat(people.path(1).path("shortName").asString()).isEqualTo("LE M. K.");
        assertThat(people.toString()).doesNotContain("holderToken");

        // the person's own QR is the API's answer, with the full form a citizen's app shows
        HttpResponse<String> qr = browser.send("GET", "/portal/api/people/" + self.path("qid").asString() + "/qr", null);
        assertThat(qr.statusCode()).as(qr.body()).isEqualTo(200);
        assertThat(jsonOf(qr).path("qr").path("full").asString()).contains(mother.documentNumber(), "NGUYEN THI THUY TIEN");
        assertThat(qr.headers().firstValue("Cache-Control")).hasValue("no-store");
        HttpResponse<byte[]> png = browser.bytes("/portal/api/people/" + self.path("qid").asString() + "/qr.png?form=full");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.headers().firstValue("Content-Disposition")).as("the screen image is not named").isEmpty();
        // downloads are named after the person and the form: a family's files do not overwrite one another
        HttpResponse<byte[]> print = browser.bytes("/portal/api/people/" + self.path("qid").asString()
                + "/qr.png?form=full&medium=print");
        assertThat(print.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"qrqg-nguyen-t-t-t-full.png\"");
        HttpResponse<byte[]> card = browser.bytes("/portal/api/people/" + dependant.path("qid").asString() + "/card.pdf");
        assertThat(card.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"qrqg-le-m-k-masked-card.pdf\"");
    }

    @Test
    void theHolderSeesTheirPeoplesFullNamesWithDiacriticsWhileAScanSeesWhatItSawBefore() throws Exception {
        Browser browser = browser().signIn();
        Person mother = someone("Nguyễn Thị Mai");
        Person daughter = someone("Nguyễn Thu Minh"); // the same initials: NGUYEN T. M. on both QRs
        String motherQid = browser.declare(mother, "SELF").path("qid").asString();
        JsonNode declared = browser.declare(daughter, "DEPENDANT");
        assertThat(declared.path("fullName").asString()).isEqualTo("Nguyễn Thu Minh");

        JsonNode people = jsonOf(browser.send("GET", "/portal/api/people", null));
        assertThat(people.path(0).path("shortName").asString()).isEqualTo("NGUYEN T. M.");
        assertThat(people.path(1).path("shortName").asString()).isEqualTo("NGUYEN T. M.");
        assertThat(people.path(0).path("fullName").asString()).isEqualTo("Nguyễn Thị Mai");
        assertThat(people.path(1).path("fullName").asString()).isEqualTo("Nguyễn Thu Minh");

        // the registry's read is the portal app's, audited as such
        HttpResponse<String> audit = TestClients.send(port, "GET", "/api/v1/admin/audit?qid=" + motherQid,
                TestClients.adminToken(port), null);
        assertThat(audit.body()).contains("\"purpose\":\"GET /portal/api/people\"");

        // a venue's scanner reads the same QR as before: the short name, never the full one
        String masked = jsonOf(browser.send("GET", "/portal/api/people/" + motherQid + "/qr", null))
                .path("qr").path("masked").asString();
        String scanner = TestClients.certifiedApp(port, "scan:venue").token(port, "scan:venue");
        HttpResponse<String> scan = TestClients.send(port, "POST", "/api/v1/scans", scanner,
                "{\"text\":\"" + masked.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(200);
        JsonNode person = jsonOf(scan).path("person");
        assertThat(person.path("shortName").asString()).isEqualTo("Nguyễn T. M.");
        assertThat(person.has("fullName")).isFalse();
        assertThat(scan.body()).doesNotContain("Nguyễn Thị Mai");
    }

    @Test
    void theApisProblemsComeBackUnchanged() throws Exception {
        Browser browser = browser().signIn();
        Person person = someone("Trần Văn Bình");
        Person wrongName = new Person(person.documentNumber(), "Trần Văn Cường", person.dateOfBirth(), person.gender());
        HttpResponse<String> mismatch = browser.send("POST", "/portal/api/people", declaration(wrongName, "SELF"));
        assertThat(mismatch.statusCode()).as(mismatch.body()).isEqualTo(422);
        assertThat(mismatch.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(jsonOf(mismatch).path("type").asString()).isEqualTo("https://qrqg.vn/problems/declaration-mismatch");

        String qid = browser.declare(person, "SELF").path("qid").asString();
        HttpResponse<String> badForm = browser.send("GET", "/portal/api/people/" + qid + "/qr.png?form=half", null);
        assertThat(badForm.statusCode()).as(badForm.body()).isEqualTo(400);
        assertThat(jsonOf(badForm).path("detail").asString()).contains("form");

        HttpResponse<String> badRelation = browser.send("POST", "/portal/api/people", declaration(person, "COUSIN"));
        assertThat(badRelation.statusCode()).isEqualTo(400);
        assertThat(badRelation.body()).contains("relation");
    }

    @Test
    void aThirtiethOfFebruaryOrAnElevenDigitNumberIsAFormatErrorNamingTheField() throws Exception {
        Browser browser = browser().signIn();
        Person person = someone("Trần Thị Ba Mươi");
        Person badDate = new Person(person.documentNumber(), person.fullName(), "2016-02-30", person.gender());
        HttpResponse<String> date = browser.send("POST", "/portal/api/people", declaration(badDate, "SELF"));
        assertThat(date.statusCode()).as(date.body()).isEqualTo(400);
        assertThat(jsonOf(date).path("type").asString()).isEqualTo("https://qrqg.vn/problems/invalid-request");
        assertThat(jsonOf(date).path("errors").get(0).path("field").asString()).isEqualTo("dateOfBirth");
        assertThat(jsonOf(date).path("errors").get(0).path("message").asString()).contains("YYYY-MM-DD");

        Person badNumber = new Person(person.documentNumber().substring(1), person.fullName(), person.dateOfBirth(),
                person.gender());
        HttpResponse<String> number = browser.send("POST", "/portal/api/people", declaration(badNumber, "SELF"));
        assertThat(number.statusCode()).as(number.body()).isEqualTo(400);
        assertThat(jsonOf(number).path("errors").get(0).path("field").asString()).isEqualTo("documentNumber");
        assertThat(number.body()).doesNotContain("population");
    }

    @Test
    void anotherAccountCannotSeeOrRemoveAPerson() throws Exception {
        Browser owner = browser().signIn();
        String qid = owner.declare(someone("Phạm Thị Hoa"), "SELF").path("qid").asString();
        Browser other = browser().signIn();
        for (String path : List.of("/qr", "/qr.png", "/card.pdf", "/covid-card", "/declarations", "/checkins")) {
            HttpResponse<String> refused = other.send("GET", "/portal/api/people/" + qid + path, null);
            assertThat(refused.statusCode()).as(path).isEqualTo(404);
            assertThat(jsonOf(refused).path("type").asString()).isEqualTo("https://qrqg.vn/problems/not-your-person");
        }
        assertThat(other.send("DELETE", "/portal/api/people/" + qid, null).statusCode()).isEqualTo(404);
        assertThat(other.send("GET", "/portal/api/people/123/qr", null).statusCode()).isEqualTo(404);
        assertThat(owner.send("GET", "/portal/api/people/" + qid + "/qr", null).statusCode()).isEqualTo(200);
    }

    @Test
    void signingInAgainElsewhereBringsThePeopleBack() throws Exception {
        Browser phone = browser().signIn();
        phone.declare(someone("Võ Văn Kiệt"), "SELF");
        phone.declare(someone("Võ Thị Lan"), "DEPENDANT");
        Browser laptop = new Browser(phone.phone).signIn();
        JsonNode people = jsonOf(laptop.send("GET", "/portal/api/people", null));
        assertThat(people.size()).isEqualTo(2);
        assertThat(qids(people)).isEqualTo(qids(jsonOf(phone.send("GET", "/portal/api/people", null))));
        String dependant = people.path(1).path("qid").asString();
        assertThat(laptop.send("GET", "/portal/api/people/" + dependant + "/qr", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aSecondDifferentSelfIsA409AndTheSamePersonAgainIsNoDuplicate() throws Exception {
        Browser browser = browser().signIn();
        Person me = someone("Đỗ Văn Ánh");
        String qid = browser.declare(me, "SELF").path("qid").asString();
        Person other = someone("Đỗ Thị Mai");
        HttpResponse<String> codeSent = browser.send("POST", "/portal/api/people", declaration(other, "SELF"));
        assertThat(codeSent.statusCode()).as(codeSent.body()).isEqualTo(202);
        HttpResponse<String> second = browser.send("POST", "/portal/api/people/challenges/"
                + jsonOf(codeSent).path("challengeId").asString(), "{\"code\":\""
                + TestVenues.codeSentTo(port, TestPeople.phoneOf(other.documentNumber())) + "\"}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(jsonOf(second).path("type").asString()).isEqualTo("https://qrqg.vn/problems/self-declared");
        assertThat(browser.declare(me, "SELF").path("qid").asString()).isEqualTo(qid);
        JsonNode people = jsonOf(browser.send("GET", "/portal/api/people", null));
        assertThat(qids(people)).containsExactly(qid);
        assertThat(people.path(0).path("shortName").asString()).isEqualTo("DO V. A."); // the refreshed token works
    }

    @Test
    void signedInWithThePhoneTheRegistryHoldsACitizenGetsTheirQrAtOnce() throws Exception {
        Browser browser = browser().signIn();
        Person me = TestPeople.registeredWithPhone(registryImport, "Lương Văn Can", 1927, Gender.MALE,
                national(browser.phone));
        HttpResponse<String> declared = browser.send("POST", "/portal/api/people", declaration(me, "SELF"));
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        assertThat(outboxTotal(browser.phone)).as("only the sign-in code").isEqualTo(1);
    }

    @Test
    void aStrangersFactsAloneGetACodeSentToTheirPhoneAndNoQr() throws Exception {
        Browser attacker = browser().signIn();
        Person victim = TestPeople.registered(registryImport, "Phùng Thị Hạnh", 1924, Gender.FEMALE);
        HttpResponse<String> declared = attacker.send("POST", "/portal/api/people", declaration(victim, "SELF"));
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(202);
        String phone = TestPeople.phoneOf(victim.documentNumber());
        assertThat(jsonOf(declared).path("sentTo").asString()).isEqualTo(phone.substring(0, 2) + "******" + phone.substring(8));
        String wrong = TestVenues.codeSentTo(port, phone).equals("000000") ? "111111" : "000000";
        HttpResponse<String> guessed = attacker.send("POST", "/portal/api/people/challenges/"
                + jsonOf(declared).path("challengeId").asString(), "{\"code\":\"" + wrong + "\"}");
        assertThat(guessed.statusCode()).as(guessed.body()).isEqualTo(422);
        assertThat(jsonOf(guessed).path("type").asString()).isEqualTo("https://qrqg.vn/problems/wrong-code");
        assertThat(jsonOf(attacker.send("GET", "/portal/api/people", null)).size()).isZero();

        HttpResponse<String> asDependant = attacker.send("POST", "/portal/api/people", declaration(victim, "DEPENDANT"));
        assertThat(asDependant.statusCode()).as("no SELF to declare for them").isEqualTo(400);
        attacker.declare(someone("Phùng Văn Tiến"), "SELF");
        HttpResponse<String> outsider = attacker.send("POST", "/portal/api/people", declaration(victim, "DEPENDANT"));
        assertThat(outsider.statusCode()).as(outsider.body()).isEqualTo(403);
        assertThat(jsonOf(outsider).path("type").asString()).isEqualTo("https://qrqg.vn/problems/not-in-household");
    }

    @Test
    void aCitizenSeesTheAppsActingForThemAndRevokesAnother() throws Exception {
        Browser browser = browser().signIn();
        Person me = someone("Kim Văn Đồng");
        String qid = browser.declare(me, "SELF").path("qid").asString();
        String otherApp = tokenOfCertifiedApp(vn.qrqg.clients.Scopes.QR_ISSUE);
        String otherHolder = issued(otherApp, me.body(null)).path("holderToken").asString();

        JsonNode holders = jsonOf(browser.send("GET", "/portal/api/people/" + qid + "/holders", null));
        assertThat(holders.size()).isEqualTo(2);
        JsonNode portal = holders.get(0).path("current").asBoolean() ? holders.get(0) : holders.get(1);
        JsonNode other = holders.get(0).path("current").asBoolean() ? holders.get(1) : holders.get(0);
        assertThat(portal.path("appName").asString()).isEqualTo("Cổng QRQG");
        assertThat(browser.send("DELETE", "/portal/api/people/" + qid + "/holders/" + other.path("holderId").asString(),
                null).statusCode()).isEqualTo(204);
        assertThat(asHolder("GET", "/api/v1/citizens/me", otherApp, otherHolder).statusCode()).isEqualTo(403);
        assertThat(jsonOf(browser.send("GET", "/portal/api/people/" + qid + "/holders", null)).size()).isEqualTo(1);
        assertThat(browserOfAnotherAccount().send("GET", "/portal/api/people/" + qid + "/holders", null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aCitizenWhoLostTheirPhoneRevokesTheQrFromThePortalAndSeesTheNewOne() throws Exception {
        Browser browser = browser().signIn();
        String qid = browser.declare(someone("Kim Thị Lụa"), "SELF").path("qid").asString();
        JsonNode before = jsonOf(browser.send("GET", "/portal/api/people/" + qid + "/qr", null));
        String path = "/portal/api/people/" + qid + "/qr/revocation";

        assertThat(browser.send("POST", path, "{\"reason\":\"LOST_DEVICE\"}", false).statusCode())
                .as("without the portal's header, as a forged form would be").isEqualTo(403);
        assertThat(browserOfAnotherAccount().send("POST", path, "{\"reason\":\"LOST_DEVICE\"}").statusCode())
                .isEqualTo(404);
        assertThat(browser.send("POST", path, "{\"reason\":\"FRAUD\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> revoked = browser.send("POST", path, "{\"reason\":\"LOST_DEVICE\"}");

        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(jsonOf(revoked).path("current").path("version").asInt()).isEqualTo(2);
        JsonNode after = jsonOf(browser.send("GET", "/portal/api/people/" + qid + "/qr", null));
        assertThat(after.path("qr").path("full").asString()).isNotEqualTo(before.path("qr").path("full").asString())
                .isEqualTo(jsonOf(revoked).path("current").path("qr").path("full").asString());
    }

    private Browser browserOfAnotherAccount() throws Exception {
        return browser().signIn();
    }

    @Test
    void removingAPersonRevokesTheirTokenAndForgetsThem() throws Exception {
        Browser browser = browser().signIn();
        String qid = browser.declare(someone("Hoàng Văn Nam"), "SELF").path("qid").asString();
        assertThat(browser.send("DELETE", "/portal/api/people/" + qid, null).statusCode()).isEqualTo(204);
        assertThat(jsonOf(browser.send("GET", "/portal/api/people", null)).size()).isZero();
        assertThat(browser.send("GET", "/portal/api/people/" + qid + "/qr", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theAuditAttributesTheReadsToThePortalApp() throws Exception {
        Browser browser = browser().signIn();
        String qid = browser.declare(someone("Bùi Thị Xuân"), "SELF").path("qid").asString();
        browser.send("GET", "/portal/api/people/" + qid + "/qr", null);
        HttpResponse<String> audit = TestClients.send(port, "GET", "/api/v1/admin/audit?qid=" + qid,
                TestClients.adminToken(port), null);
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        List<String> readers = new ArrayList<>();
        List<String> purposes = new ArrayList<>();
        jsonOf(audit).path("items").forEach(item -> {
            readers.add(item.path("clientId").asString());
            purposes.add(item.path("purpose").asString());
        });
        assertThat(readers).isNotEmpty().containsOnly("portal");
        assertThat(purposes).contains("GET /api/v1/citizens/me");
    }

    private static List<String> qids(JsonNode people) {
        List<String> qids = new ArrayList<>();
        people.forEach(person -> qids.add(person.path("qid").asString()));
        return qids;
    }
}
