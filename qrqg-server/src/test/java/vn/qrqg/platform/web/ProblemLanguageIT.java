package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.qrqg.clients.Scopes;
import vn.qrqg.clients.TestClients;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * A problem speaks the request's language: Vietnamese when Accept-Language prefers it (the portal
 * sends the reader's choice), English otherwise, from a controller, a field check and the
 * security filters alike; the type URI, the status and the properties never change.
 */
class ProblemLanguageIT extends PlatformTestSupport {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aControllersProblemIsInVietnameseWhenAskedAndInEnglishOtherwise() throws Exception {
        String officials = TestClients.certifiedApp(port, Scopes.FEEDBACK_HANDLE).token(port, Scopes.FEEDBACK_HANDLE);
        JsonNode vi = get("/api/v1/feedback/PA-2020-000001", officials, "vi-VN,vi;q=0.9,en;q=0.6", 404);
        assertThat(vi.path("type").asString()).isEqualTo("https://qrqg.vn/problems/feedback-not-found");
        assertThat(vi.path("title").asString()).isEqualTo("Không tìm thấy phản ánh");
        assertThat(vi.path("detail").asString()).isEqualTo("Không có phản ánh nào với mã theo dõi này mà bạn được xem.");
        JsonNode en = get("/api/v1/feedback/PA-2020-000001", officials, null, 404);
        assertThat(en.path("title").asString()).isEqualTo("Feedback report not found");
    }

    @Test
    void aFieldErrorKeepsItsFieldsAndTheFilterChainsProblemsSpeakVietnameseToo() throws Exception {
        String officials = TestClients.certifiedApp(port, Scopes.FEEDBACK_HANDLE).token(port, Scopes.FEEDBACK_HANDLE);
        JsonNode invalid = get("/api/v1/feedback?sort=name", officials, "vi", 400);
        assertThat(invalid.path("title").asString()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(invalid.path("errors").get(0).path("field").asString()).isEqualTo("sort");
        assertThat(invalid.path("errors").get(0).path("message").asString()).as("the field's message in Vietnamese")
                .isEqualTo("phải là dueAt, -dueAt, createdAt hoặc -createdAt");
        assertThat(invalid.path("detail").asString()).isEqualTo("Yêu cầu không hợp lệ: sort phải là dueAt, -dueAt, createdAt hoặc -createdAt.");
        JsonNode english = get("/api/v1/feedback?sort=name", officials, "en", 400);
        assertThat(english.path("errors").get(0).path("message").asString()).as("word for word what apps always read")
                .isEqualTo("must be dueAt, -dueAt, createdAt or -createdAt");
        JsonNode unauthenticated = get("/api/v1/feedback", null, "vi", 401);
        assertThat(unauthenticated.path("type").asString()).isEqualTo("https://qrqg.vn/problems/unauthenticated");
        assertThat(unauthenticated.path("title").asString()).isEqualTo("Cần mã truy cập");
    }

    private JsonNode get(String path, String token, String language, int status) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return TestClients.json(answer.body());
    }
}
