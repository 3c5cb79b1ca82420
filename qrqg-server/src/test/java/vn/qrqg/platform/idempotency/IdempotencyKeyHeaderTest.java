package vn.qrqg.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.qrqg.platform.web.InvalidFieldException;

/** The header's value as a key, and a first answer in bytes and back. */
class IdempotencyKeyHeaderTest {

    @Test
    void aKeyIsTakenBareOrAsAStructuredFieldsQuotedString() {
        assertThat(IdempotencyInterceptor.keyOf("8e03978e-40d5-43e8-bc93-6894a57f9324"))
                .isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
        assertThat(IdempotencyInterceptor.keyOf(" \"8e03978e-40d5-43e8-bc93-6894a57f9324\" "))
                .isEqualTo("8e03978e-40d5-43e8-bc93-6894a57f9324");
    }

    @Test
    void anEmptyLongOrUnprintableKeyIsRefusedNamingTheHeader() {
        for (String bad : new String[] {"", "\"\"", "x".repeat(256), "a b", "khoá"}) {
            assertThatThrownBy(() -> IdempotencyInterceptor.keyOf(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidFieldException.class,
                            e -> assertThat(e.field()).isEqualTo("Idempotency-Key"));
        }
        assertThat(IdempotencyInterceptor.keyOf("x".repeat(255))).hasSize(255);
    }

    @Test
    void anAnswerComesBackAsItWasKept() {
        byte[] body = "{\"id\":\"Đã check-in\"}".getBytes(StandardCharsets.UTF_8);
        StoredAnswer answer = new StoredAnswer(201, Map.of("Content-Type", "application/json",
                "Cache-Control", "no-store, private"), body);

        StoredAnswer again = StoredAnswer.fromBytes(answer.toBytes());

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.headers()).isEqualTo(answer.headers());
        assertThat(again.body()).isEqualTo(body);
    }
}
