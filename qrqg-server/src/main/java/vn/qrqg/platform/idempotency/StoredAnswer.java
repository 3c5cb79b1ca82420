package vn.qrqg.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A first answer as it is given again: its status, the headers that shape it, and its body; in
 * bytes (to be sealed) and back.
 */
record StoredAnswer(int status, Map<String, String> headers, byte[] body) {
    /** The headers kept: what the body is, whether it may be cached, where it was created. */
    static final String[] KEPT_HEADERS = {"Content-Type", "Cache-Control", "Location"};

    StoredAnswer {
        headers = Map.copyOf(headers);
        body = body.clone();
    }

    byte[] toBytes() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + 128);
                DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeShort(status);
            out.writeByte(headers.size());
            for (Map.Entry<String, String> header : headers.entrySet()) {
                out.writeUTF(header.getKey());
                out.writeUTF(header.getValue());
            }
            out.writeInt(body.length);
            out.write(body);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoredAnswer fromBytes(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
            int status = in.readShort();
            int count = in.readByte();
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                headers.put(in.readUTF(), in.readUTF());
            }
            return new StoredAnswer(status, headers, in.readNBytes(in.readInt()));
        } catch (IOException e) {
            throw new IllegalStateException("a stored answer that cannot be read back", e);
        }
    }
}
