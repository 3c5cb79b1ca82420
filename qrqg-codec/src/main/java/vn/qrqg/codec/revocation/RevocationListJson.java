package vn.qrqg.codec.revocation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * The JSON of a revocation list (FORMATS.md §4), read as a stream (a list may hold millions of
 * ids) and written compactly:
 * {@code {"format":"qrqg-revocations/1","kid":…,"crlVersion":…,"since":…,"revoked":[…],"superseded":[…]}},
 * {@code since} only in a delta. Members a reader does not know are skipped.
 */
final class RevocationListJson {
    static final String FORMAT = "qrqg-revocations/1";
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private RevocationListJson() {
    }

    static void write(RevocationList list, StringBuilder out) {
        out.append("{\"format\":\"").append(FORMAT).append("\",\"kid\":\"").append(list.kid())
                .append("\",\"crlVersion\":").append(list.crlVersion());
        list.since().ifPresent(since -> out.append(",\"since\":").append(since));
        ids(out.append(",\"revoked\":"), list.revoked());
        ids(out.append(",\"superseded\":"), list.superseded());
        out.append("}\n");
    }

    private static void ids(StringBuilder out, long[] ids) {
        out.append('[');
        for (int i = 0; i < ids.length; i++) {
            out.append(i == 0 ? "\"" : ",\"").append(RevocationId.text(ids[i])).append('"');
        }
        out.append(']');
    }

    static RevocationList read(String json) {
        if (json == null) {
            throw new RevocationListException("the revocation list is null");
        }
        String format = null;
        String kid = null;
        Long crlVersion = null;
        Long since = null;
        long[] revoked = new long[0];
        long[] superseded = new long[0];
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new RevocationListException("a revocation list is a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String member = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (member) {
                    case "format" -> format = text(parser, value, member);
                    case "kid" -> kid = text(parser, value, member);
                    case "crlVersion" -> crlVersion = counter(parser, value, member);
                    case "since" -> since = counter(parser, value, member);
                    case "revoked" -> revoked = ids(parser, value, member);
                    case "superseded" -> superseded = ids(parser, value, member);
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new RevocationListException("the revocation list must be one JSON object, and nothing after it");
            }
        } catch (IOException e) {
            throw new RevocationListException("the revocation list is not valid JSON: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(format)) {
            throw new RevocationListException("\"format\" is " + (format == null ? "missing" : "\"" + format + "\"")
                    + "; this reader knows \"" + FORMAT + "\"");
        }
        if (kid == null || crlVersion == null) {
            throw new RevocationListException("a revocation list names its \"kid\" and its \"crlVersion\"");
        }
        return since == null ? RevocationList.of(kid, crlVersion, revoked, superseded)
                : RevocationList.delta(kid, since, crlVersion, revoked, superseded);
    }

    private static String text(JsonParser parser, JsonToken value, String member) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw new RevocationListException("\"" + member + "\" is not a string");
        }
        return parser.getText();
    }

    private static long counter(JsonParser parser, JsonToken value, String member) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                || parser.getLongValue() < 0) {
            throw new RevocationListException("\"" + member + "\" is not a whole number from 0");
        }
        return parser.getLongValue();
    }

    private static long[] ids(JsonParser parser, JsonToken value, String member) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw new RevocationListException("\"" + member + "\" is not an array");
        }
        long[] ids = new long[64];
        int count = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.VALUE_STRING) {
                throw new RevocationListException("\"" + member + "\"[" + count + "] is not a string");
            }
            try {
                if (count == ids.length) {
                    ids = Arrays.copyOf(ids, ids.length * 2);
                }
                ids[count] = RevocationId.parse(parser.getText());
            } catch (RevocationListException e) {
                throw new RevocationListException("\"" + member + "\"[" + count + "]: " + e.getMessage(), e);
            }
            count++;
        }
        return Arrays.copyOf(ids, count);
    }
}
