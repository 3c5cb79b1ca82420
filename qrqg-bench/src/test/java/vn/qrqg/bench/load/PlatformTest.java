package vn.qrqg.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.qrqg.codec.Gender;

/** The setup calls, against {@link StubPlatform}. */
class PlatformTest {
    private static final String ISSUER = "Bearer t-qr:issue";

    @Test
    void issuingAPersonDeclaresReadsTheCodeSentToTheirPhoneAndSendsItBack() throws Exception {
        try (StubPlatform stub = new StubPlatform(0); HttpLoad http = new HttpLoad(4, Duration.ofSeconds(5))) {
            Person person = person("001093000001", "0912345678");
            stub.registry.put(person.documentNumber(), person.phone());

            Platform.IssuedQr qr = new Platform(http, stub.url(), "secret").issue(person, ISSUER);

            assertThat(qr).isEqualTo(new Platform.IssuedQr("1001093000001", "M|001093000001", "F|001093000001"));
            assertThat(stub.requests).filteredOn(request -> !request.contains("/oauth2/token")).satisfiesExactly(
                    first -> assertThat(first).isEqualTo("POST /api/v1/citizens/qr"),
                    second -> assertThat(second).isEqualTo("GET /api/v1/admin/sms-outbox"),
                    third -> assertThat(third).matches("POST /api/v1/citizens/qr/challenges/[0-9a-f-]{36}"));
        }
    }

    @Test
    void peopleSharingAPhoneIssuedAtOnceEachGetTheirOwnCode() throws Exception {
        try (StubPlatform stub = new StubPlatform(2); HttpLoad http = new HttpLoad(16, Duration.ofSeconds(5))) {
            Platform platform = new Platform(http, stub.url(), "secret");
            List<Person> people = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                people.add(person(String.format("0010930000%02d", i), "0987654321"));
                stub.registry.put(people.get(i).documentNumber(), "0987654321");
            }
            ExecutorService issuers = Executors.newFixedThreadPool(8);
            try {
                List<Future<Platform.IssuedQr>> qrs = new ArrayList<>();
                for (Person person : people) {
                    qrs.add(issuers.submit(() -> platform.issue(person, ISSUER)));
                }
                for (int i = 0; i < people.size(); i++) {
                    assertThat(qrs.get(i).get().qid()).isEqualTo("1" + people.get(i).documentNumber());
                }
            } finally {
                issuers.shutdownNow();
            }
        }
    }

    @Test
    void aQrAnsweredAtOnceNeedsNoCode() throws Exception {
        try (StubPlatform stub = new StubPlatform(0); HttpLoad http = new HttpLoad(4, Duration.ofSeconds(5))) {
            Person person = person("001093000001", "0912345678");
            stub.registry.put(person.documentNumber(), person.phone());

            Platform.IssuedQr qr = new Platform(http, stub.url(), "secret").issue(person, "Bearer t-qr:in-person");

            assertThat(qr.qid()).isEqualTo("1001093000001");
            assertThat(stub.requests).containsExactly("POST /api/v1/citizens/qr");
        }
    }

    @Test
    void aPersonSentAllTheCodesOfTheHourFailsTheSetupSayingWhy() throws Exception {
        try (StubPlatform stub = new StubPlatform(0); HttpLoad http = new HttpLoad(4, Duration.ofSeconds(5))) {
            Person person = person("001093000001", "0912345678");
            stub.registry.put(person.documentNumber(), person.phone());
            Platform platform = new Platform(http, stub.url(), "secret");
            for (int i = 0; i < StubPlatform.CODES_PER_DOCUMENT; i++) {
                platform.issue(person, ISSUER);
            }

            assertThatThrownBy(() -> platform.issue(person, ISSUER)).isInstanceOf(IOException.class)
                    .hasMessageContaining("429 too-many-codes").hasMessageContaining("--seed");
        }
    }

    @Test
    void theCodeIsTheSixDigitsOfTheNewestMessage() {
        assertThat(Platform.codeIn("{\"total\":2,\"page\":0,\"size\":1,\"items\":[{\"messageId\":\"5b0c1d2e-0000-4000-8000-"
                + "000000000001\",\"phone\":\"+84912345678\",\"text\":\"Ma xac nhan QR ca nhan QRQG: 042917, het han sau"
                + " 5 phut.\",\"createdAt\":\"2026-11-23T22:37:32.570123Z\"}]}")).isEqualTo("042917");
        assertThat(Platform.codeIn("{\"total\":0,\"page\":0,\"size\":1,\"items\":[]}")).isNull();
    }

    private static Person person(String documentNumber, String phone) {
        return new Person(documentNumber, "Nguyễn Văn An", "1993-01-18", Gender.MALE, phone);
    }
}
