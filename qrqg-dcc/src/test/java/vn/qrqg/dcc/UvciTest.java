package vn.qrqg.dcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UvciTest {

    @Test
    void computesTheCheckCharacterOfTheEhnReferenceExample() {
        // eu-dcc-schema examples/Luhn-Mod-N/usage.py: "URN:UVCI:01:NL:187/37512422923"
        assertThat(Uvci.checkCharacter("URN:UVCI:01:NL:187/37512422923")).isEqualTo('Z');
    }

    @Test
    void buildsAVietnameseUvciThatChecks() {
        String uvci = Uvci.build("BYT/HN/2022/0000123");
        assertThat(uvci).startsWith("URN:UVCI:01:VN:BYT/HN/2022/0000123#").hasSize(Uvci.VN_PREFIX.length() + 19 + 2);
        assertThat(Uvci.isValid(uvci)).isTrue();
    }

    @Test
    void aChangedCharacterOrAWrongCheckIsCaught() {
        String uvci = Uvci.build("BYT/HN/2022/0000123");
        String typo = uvci.replace("0000123", "0000132");
        assertThat(Uvci.problem(typo)).get().asString().contains("check character");
        char wrong = uvci.charAt(uvci.length() - 1) == 'A' ? 'B' : 'A';
        assertThat(Uvci.isValid(uvci.substring(0, uvci.length() - 1) + wrong)).isFalse();
    }

    @Test
    void refusesMalformedIdentifiers() {
        assertThat(Uvci.problem("URN:UVCI:01:DE:ABC#X")).get().asString().contains("does not start with");
        assertThat(Uvci.problem("URN:UVCI:01:VN:ABC")).get().asString().contains("'#'");
        assertThat(Uvci.problem("URN:UVCI:01:VN:abc#X")).get().asString().contains("opaque part");
        assertThatThrownBy(() -> Uvci.build("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uvci.build("A#B")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Uvci.build("A".repeat(70))).hasMessageContaining("longer than 80");
    }
}
