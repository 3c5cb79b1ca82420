package vn.qrqg.dcc;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * CBOR both ways. Reading untrusted bytes goes through Jackson's CBOR parser into a tree: integer
 * map keys arrive as their decimal text ({@code -260}), byte strings as binary nodes, maps in any
 * key order; a duplicate key or bytes after the value are refused. Writing is the few lines
 * deterministic encoding (RFC 8949 §4.2: shortest heads, definite lengths, keys sorted by their
 * encoded bytes) needs, so that the same certificate always encodes to the same bytes.
 */
final class Cbor {
    static final ObjectMapper READER = CBORMapper.builder(CBORFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private Cbor() {
    }

    /** The tree of one CBOR value; {@link IOException} for anything that is not exactly one well-formed value. */
    static JsonNode read(byte[] bytes) throws IOException {
        JsonNode node = READER.readTree(bytes);
        if (node == null || node.isMissingNode()) {
            throw new IOException("no CBOR value");
        }
        return node;
    }

    // ---- writing: heads and values (RFC 8949 §3) ----

    static void head(ByteArrayOutputStream out, int major, long value) {
        int type = major << 5;
        if (value < 24) {
            out.write(type | (int) value);
        } else if (value < 0x100) {
            out.write(type | 24);
            out.write((int) value);
        } else if (value < 0x10000) {
            out.write(type | 25);
            writeBig(out, value, 2);
        } else if (value < 0x100000000L) {
            out.write(type | 26);
            writeBig(out, value, 4);
        } else {
            out.write(type | 27);
            writeBig(out, value, 8);
        }
    }

    private static void writeBig(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = bytes - 1; i >= 0; i--) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }

    static void integer(ByteArrayOutputStream out, long value) {
        if (value >= 0) {
            head(out, 0, value);
        } else {
            head(out, 1, -1 - value);
        }
    }

    static void bytes(ByteArrayOutputStream out, byte[] value) {
        head(out, 2, value.length);
        out.writeBytes(value);
    }

    static void text(ByteArrayOutputStream out, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        head(out, 3, utf8.length);
        out.writeBytes(utf8);
    }

    /** A map whose entries are already-encoded key and value bytes, written in deterministic key order. */
    static void map(ByteArrayOutputStream out, List<byte[][]> entries) {
        List<byte[][]> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> Arrays.compareUnsigned(a[0], b[0]));
        head(out, 5, sorted.size());
        for (byte[][] entry : sorted) {
            out.writeBytes(entry[0]);
            out.writeBytes(entry[1]);
        }
    }

    /** The deterministic CBOR of a JSON tree: objects become maps with text keys. */
    static byte[] encode(JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encode(out, node);
        return out.toByteArray();
    }

    private static void encode(ByteArrayOutputStream out, JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<byte[][]> entries = new ArrayList<>();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    ByteArrayOutputStream key = new ByteArrayOutputStream();
                    text(key, field.getKey());
                    entries.add(new byte[][] {key.toByteArray(), encode(field.getValue())});
                }
                map(out, entries);
            }
            case ARRAY -> {
                head(out, 4, node.size());
                node.forEach(element -> encode(out, element));
            }
            case STRING -> text(out, node.textValue());
            case BOOLEAN -> out.write(node.booleanValue() ? 0xF5 : 0xF4);
            case NULL -> out.write(0xF6);
            case BINARY -> bytes(out, binary(node));
            case NUMBER -> number(out, node);
            default -> throw new IllegalArgumentException("cannot encode a " + node.getNodeType() + " as CBOR");
        }
    }

    private static void number(ByteArrayOutputStream out, JsonNode node) {
        if (node.canConvertToExactIntegral() && node.canConvertToLong()) {
            integer(out, node.longValue());
        } else {
            out.write(0xFB);
            writeBig(out, Double.doubleToLongBits(node.doubleValue()), 8);
        }
    }

    private static byte[] binary(JsonNode node) {
        try {
            return node.binaryValue();
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
