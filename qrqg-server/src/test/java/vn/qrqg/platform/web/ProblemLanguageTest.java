package vn.qrqg.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class ProblemLanguageTest {

    @Test
    void everyProblemTypeHasAVietnameseTitleAndDetail() {
        List<String> slugs = Arrays.stream(ProblemType.values()).map(type -> type.uri().getPath())
                .map(path -> path.substring(path.lastIndexOf('/') + 1)).toList();
        assertThat(ProblemLanguage.texts().keySet()).as("no text for a type that is not").containsExactlyInAnyOrderElementsOf(slugs);
        ProblemLanguage.texts().forEach((slug, texts) -> {
            assertThat(texts.title()).as(slug).isNotBlank();
            assertThat(texts.detail()).as(slug).isNotBlank();
        });
    }

    @Test
    void aVietnameseCopyKeepsTheTypeStatusAndPropertiesAndFillsTheDetail() {
        ProblemDetail problem = ProblemType.FEEDBACK_CLOSED.problem("Report PA-2026-000007 is closed.");
        problem.setProperty("trackingNumber", "PA-2026-000007");
        ProblemDetail vi = ProblemLanguage.vietnamese(problem);
        assertThat(vi.getType()).isEqualTo(problem.getType());
        assertThat(vi.getStatus()).isEqualTo(409);
        assertThat(vi.getTitle()).isEqualTo("Phản ánh đã đóng");
        assertThat(vi.getDetail()).isEqualTo("Phản ánh PA-2026-000007 đã đóng: không thể nhận xử lý, chuyển hay trả lời nữa.");
        assertThat(vi.getProperties()).containsEntry("trackingNumber", "PA-2026-000007");
        assertThat(problem.getTitle()).as("the English one is left as it was").isEqualTo("Feedback report closed");
    }

    @Test
    void aDetailWhosePropertyIsMissingStaysInEnglishRatherThanLoseTheValue() {
        ProblemDetail problem = ProblemType.VENUE_NOT_FOUND.problem("No venue has the code ABC.");
        ProblemDetail vi = ProblemLanguage.vietnamese(problem);
        assertThat(vi.getTitle()).isEqualTo("Không tìm thấy địa điểm");
        assertThat(vi.getDetail()).isEqualTo("No venue has the code ABC.");
    }
}
