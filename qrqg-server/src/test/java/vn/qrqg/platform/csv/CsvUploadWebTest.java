package vn.qrqg.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockMultipartHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import vn.qrqg.platform.web.InvalidFieldException;

/** How an import endpoint's {@link CsvUpload} parameter is filled from what an operator sends. */
class CsvUploadWebTest {
    private static final String CSV = "document_number,full_name\n001193029317,Nguyễn Lê Khả Hân\n";

    private final HandlerMethodArgumentResolver resolver = resolver();

    @Test
    void aTextCsvBodyIsReadAsUtf8() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/import");
        request.setContentType("text/csv");
        request.setContent(CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(read(request)).isEqualTo(CSV);
    }

    @Test
    void theMultipartFieldFileIsReadAsUtf8() throws Exception {
        MockMultipartHttpServletRequest request = new MockMultipartHttpServletRequest();
        request.addFile(new MockMultipartFile("file", "people.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8)));
        assertThat(read(request)).isEqualTo(CSV);
    }

    @Test
    void aFormWithoutTheFieldFileIsRefusedNamingIt() {
        MockMultipartHttpServletRequest request = new MockMultipartHttpServletRequest();
        request.addFile(new MockMultipartFile("upload", "people.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> read(request)).isInstanceOf(InvalidFieldException.class).hasMessageContaining("file");
    }

    private String read(MockHttpServletRequest request) throws Exception {
        CsvUpload upload = (CsvUpload) resolver.resolveArgument(parameter(), null, new ServletWebRequest(request), null);
        return new BufferedReader(upload.reader()).lines().reduce("", (a, b) -> a + b + "\n");
    }

    private static HandlerMethodArgumentResolver resolver() {
        List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
        new CsvUploadWeb().addArgumentResolvers(resolvers);
        return resolvers.getFirst();
    }

    private static MethodParameter parameter() throws NoSuchMethodException {
        Method method = CsvUploadWebTest.class.getDeclaredMethod("endpoint", CsvUpload.class);
        return new MethodParameter(method, 0);
    }

    @SuppressWarnings("unused")
    private static void endpoint(CsvUpload csv) {
    }
}
