package vn.qrqg.risk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.qrqg.identity.TestPeople;
import vn.qrqg.risk.RiskLevelChanged;
import vn.qrqg.risk.RiskTestSupport;

/** What the change feed will carry: one event for each locality whose level changed, none when it stays. */
@RecordApplicationEvents
class RiskLevelChangedIT extends RiskTestSupport {

    @Autowired
    RiskAssessment assessment;

    @Autowired
    LevelRepository levels;

    @Autowired
    ApplicationEvents events;

    @Test
    void aChangedLevelIsPublishedOnceAndAnUnchangedOneNot() throws Exception {
        String commune = someCommuneOf("15");
        TestPeople.Person sick = livingIn(commune, 1927);
        assessment.assess(today());
        Integer before = RiskAssessment.byCode(levels.day(today())).get(commune).computedLevel();
        events.clear();

        reportCase(sick, daysAgo(1));
        assessment.assess(today());
        List<RiskLevelChanged> changed = changesOf(commune);
        assertThat(changed).hasSize(1);
        assertThat(changed.getFirst().previous()).isEqualTo(before);
        assertThat(changed.getFirst().level()).isEqualTo(4);
        assertThat(changed.getFirst().date()).isEqualTo(today());
        assertThat(changed.getFirst().declared()).isFalse();

        events.clear();
        assessment.assess(today());
        assertThat(changesOf(commune)).as("assessed again, the same level").isEmpty();
    }

    private List<RiskLevelChanged> changesOf(String code) {
        return events.stream(RiskLevelChanged.class).filter(event -> event.code().equals(code)).toList();
    }
}
