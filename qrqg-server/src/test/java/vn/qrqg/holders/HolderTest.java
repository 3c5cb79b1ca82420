package vn.qrqg.holders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.qrqg.clients.CallingClient;
import vn.qrqg.codec.personal.Qid;

class HolderTest {
    private final Qid qid = Qid.generate();
    private final Holder holder = new Holder(UUID.randomUUID(), new CallingClient(UUID.randomUUID(), "an-app", Set.of()), qid);

    @Test
    void aHolderActsForTheirOwnQid() {
        holder.require(qid.value());
    }

    @Test
    void anyOtherQidWellFormedOrNotIsRefusedTheSameWay() {
        for (String other : new String[] {Qid.generate().value(), "123", "", null, qid.value() + " "}) {
            assertThatThrownBy(() -> holder.require(other)).isInstanceOf(NotTheHolderException.class)
                    .hasMessage("the holder token is not the named person's");
        }
    }

    @Test
    void aMalformedQidInAPathIsRefusedAsAnotherPersonsIs() {
        assertThat(Holder.named(qid.value())).isEqualTo(qid);
        for (String malformed : new String[] {"123", "", null, qid.value() + " ", "12345678901234567x"}) {
            assertThatThrownBy(() -> Holder.named(malformed)).isInstanceOf(NotTheHolderException.class)
                    .hasMessage("the holder token is not the named person's");
        }
    }

    @Test
    void itsTextNamesTheTokenAndTheAppButNotTheQid() {
        assertThat(holder.toString()).contains(holder.tokenId().toString(), holder.appId().toString())
                .doesNotContain(qid.value());
    }
}
