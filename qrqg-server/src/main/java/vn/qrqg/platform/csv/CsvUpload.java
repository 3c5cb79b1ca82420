package vn.qrqg.platform.csv;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * A CSV file sent to an import endpoint, as operators send them: the multipart field
 * {@value #FIELD} of a form, or the whole {@code text/csv} (or {@code text/plain}) body, UTF-8.
 * A controller takes it as a parameter ({@link CsvUploadWeb} fills it) and maps its endpoint with
 * {@link #MEDIA_TYPES}; the OpenAPI document shows both ways. Read once, then closed with the
 * request.
 */
public record CsvUpload(Reader reader) {
    /** The multipart field that carries the file. */
    public static final String FIELD = "file";
    /** What an import endpoint consumes. */
    public static final String[] MEDIA_TYPES = {MediaType.MULTIPART_FORM_DATA_VALUE, "text/csv", MediaType.TEXT_PLAIN_VALUE};

    static CsvUpload of(InputStream in) {
        return new CsvUpload(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
