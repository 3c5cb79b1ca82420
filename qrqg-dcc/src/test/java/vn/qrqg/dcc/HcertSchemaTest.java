package vn.qrqg.dcc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The shipped EU DCC schema 1.3.0 accepts what we issue and refuses what the schema forbids. */
class HcertSchemaTest {

    @Test
    void acceptsEachTypeAsWeIssueIt() {
        assertThat(HcertSchema.check(Fixtures.vaccination())).isNull();
        assertThat(HcertSchema.check(Fixtures.test())).isNull();
        assertThat(HcertSchema.check(Fixtures.recovery())).isNull();
    }

    @Test
    void refusesAnImpossibleVaccinationDate() {
        ObjectNode payload = Fixtures.vaccination();
        ((ObjectNode) payload.path("v").path(0)).put("dt", "2021-02-30x");

        assertThat(HcertSchema.check(payload)).contains("dt");
    }

    @Test
    void refusesAStandardisedNameWithLowerCaseAndTwoGroupsAtOnce() {
        ObjectNode lowerCase = Fixtures.vaccination();
        ((ObjectNode) lowerCase.path("nam")).put("fnt", "Nguyen");
        ObjectNode twoGroups = Fixtures.vaccination();
        twoGroups.set("r", Fixtures.recovery().get("r"));

        assertThat(HcertSchema.check(lowerCase)).contains("fnt");
        assertThat(HcertSchema.check(twoGroups)).isNotNull();
    }

    @Test
    void aCodeOutsideTheValueSetsIsNotASchemaViolation() {
        ObjectNode payload = Fixtures.vaccination();
        ((ObjectNode) payload.path("v").path(0)).put("mp", "VN-VACCINE-2026");

        assertThat(HcertSchema.check(payload)).isNull();
    }
}
