package vn.qrqg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.qrqg.clients.Scopes;

class ReaderKindTest {

    @Test
    void everyKindIsMadeOfPlatformScopesAndNoScopeIsOfTwoKinds() {
        List<String> all = new ArrayList<>();
        for (ReaderKind kind : ReaderKind.values()) {
            assertThat(Scopes.unknown(kind.scopes())).as(kind.name()).isEmpty();
            all.addAll(kind.scopes());
        }
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void venueStaffAndOfficialsAreJudgedButNotOperatorsNorPeopleReadingTheirOwnData() {
        assertThat(ReaderKind.VENUE_STAFF.scopes()).containsExactlyInAnyOrder(Scopes.CHECKIN_VENUE, Scopes.SCAN_VENUE);
        assertThat(ReaderKind.OFFICIAL.scopes()).contains(Scopes.SCAN_POLICE, Scopes.SCAN_HEALTH, Scopes.QR_IN_PERSON);
        for (ReaderKind kind : ReaderKind.values()) {
            assertThat(kind.scopes()).doesNotContain(Scopes.ADMIN, Scopes.FEED_READ, Scopes.QR_ISSUE);
        }
    }
}
