package vn.qrqg.dcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The examples of RFC 9285 §4.3 and §4.4, and what it says a decoder must refuse. */
class Base45Test {

    @Test
    void encodesTheRfcExamples() {
        assertThat(Base45.encode(ascii("AB"))).isEqualTo("BB8");
        assertThat(Base45.encode(ascii("Hello!!"))).isEqualTo("%69 VD92EX0");
        assertThat(Base45.encode(ascii("base-45"))).isEqualTo("UJCLQE7W581");
        assertThat(Base45.encode(new byte[0])).isEmpty();
    }

    @Test
    void decodesTheRfcExample() {
        assertThat(new String(Base45.decode("QED8WEX0"), StandardCharsets.US_ASCII)).isEqualTo("ietf!");
        assertThat(Base45.decode("%69 VD92EX0")).isEqualTo(ascii("Hello!!"));
    }

    @Test
    void roundTripsEveryByteValue() {
        byte[] all = new byte[257];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) (i * 7);
        }
        assertThat(Base45.decode(Base45.encode(all))).isEqualTo(all);
    }

    @Test
    void refusesWhatIsNotBase45() {
        assertThatThrownBy(() -> Base45.decode("GGW")).hasMessageContaining("above 65535"); // 65536
        assertThatThrownBy(() -> Base45.decode("ZZ")).hasMessageContaining("above 255");
        assertThatThrownBy(() -> Base45.decode("BB8A")).hasMessageContaining("one character over");
        assertThatThrownBy(() -> Base45.decode("bb8")).hasMessageContaining("'b' at 0 is not Base45");
        assertThatThrownBy(() -> Base45.decode("BBé")).hasMessageContaining("U+00E9");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
