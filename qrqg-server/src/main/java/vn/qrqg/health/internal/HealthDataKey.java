package vn.qrqg.health.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.platform.secrets.AesGcm;
import vn.qrqg.platform.secrets.KeySealer;

/**
 * The health records' data key: whose a record is (an HMAC of the person's document number) and
 * what it says (the platform's {@link AesGcm}, the record's id as associated data, so that
 * content copied into another row does not open there). Envelope encryption: the key itself is
 * kept in {@code health_data_key}, sealed under the platform's key-encryption key; the first
 * instance to start creates it, the others read it. Thread-safe.
 */
final class HealthDataKey {
    /** The sealer's associated data for the data key. */
    static final String KID = "health-data-key";
    static final int PERSON_KEY_BYTES = 16;
    /** Idle MAC instances kept at most: more than ever run at once on a few cores. */
    private static final int POOLED = 64;

    private final SecretKey hmacKey;
    private final AesGcm content;
    // a JCE instance costs more than the work it does on a record: pooled (not one per thread: on
    // virtual threads every request has a new one), and initialised once
    private final ArrayBlockingQueue<Mac> macs = new ArrayBlockingQueue<>(POOLED);

    HealthDataKey(byte[] key) {
        if (key.length != 64) {
            throw new IllegalArgumentException("the health data key is 64 bytes");
        }
        this.hmacKey = new SecretKeySpec(Arrays.copyOfRange(key, 0, 32), "HmacSHA256");
        this.content = new AesGcm(Arrays.copyOfRange(key, 32, 64));
    }

    /** The key in the database, created first when there is none. */
    static HealthDataKey load(JdbcClient jdbc, KeySealer sealer) {
        byte[] fresh = new byte[64];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("insert into health_data_key (id, sealed) values (1, :sealed) on conflict (id) do nothing")
                .param("sealed", sealer.seal(KID, fresh)).update();
        byte[] sealed = jdbc.sql("select sealed from health_data_key where id = 1").query(byte[].class).single();
        return new HealthDataKey(sealer.unseal(KID, sealed));
    }

    /** Finds a person's records: the first 16 bytes of HMAC-SHA-256 of their registry document number. */
    byte[] personKey(String documentNumber) {
        Mac mac = Objects.requireNonNullElseGet(macs.poll(), this::newMac);
        try {
            return Arrays.copyOf(mac.doFinal(documentNumber.getBytes(StandardCharsets.UTF_8)), PERSON_KEY_BYTES);
        } finally {
            macs.offer(mac);
        }
    }

    /** IV, then ciphertext and tag of {@code content}, bound to the record {@code id}. */
    byte[] seal(UUID id, byte[] plaintext) {
        return content.seal(plaintext, bytes(id));
    }

    /** The content {@link #seal} sealed for {@code id}. */
    byte[] open(UUID id, byte[] sealed) {
        try {
            return content.open(sealed, bytes(id));
        } catch (AesGcm.NotOpenedException e) {
            throw new IllegalStateException("health record " + id + " does not open under the health data key: "
                    + "altered, copied from another row, or sealed under another key", e);
        }
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hmacKey);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot compute HMAC-SHA-256", e);
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    @Override
    public String toString() {
        return "HealthDataKey[HMAC-SHA-256, AES-256-GCM]"; // never the key
    }
}
