package vn.qrqg.passports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.qrqg.passports.PassportTestSupport;

/**
 * What passports drop and when: a rejected request a month after its rejection, a passport a month
 * after its 12 months end; an open request waits for its decision however old.
 */
class PassportRetentionIT extends PassportTestSupport {
    @Autowired PassportHousekeeping housekeeping;

    @Test
    void rejectedRequestsAndExpiredPassportsAreDroppedAfterAMonthAndOpenOnesStay() throws Exception {
        String site = newSite();
        String siteApp = siteApp(site);
        String department = department();
        String rejected = requestOf(site, "Lý Thị Hoa", 1971);
        assertThat(decide(siteApp, rejected, "site-decision", "{\"decision\":\"REJECT\",\"reason\":\"Sai lô\"}")
                .statusCode()).isEqualTo(200);
        String issued = requestOf(site, "Lý Văn Hải", 1972);
        assertThat(decide(siteApp, issued, "site-decision", "{\"decision\":\"APPROVE\"}").statusCode()).isEqualTo(200);
        assertThat(decide(department, issued, "signature", "{\"decision\":\"SIGN\"}").statusCode()).isEqualTo(200);
        String open = requestOf(site, "Lý Văn Sơn", 1973);
        asOwner().sql("update passports_request set requested_at = now() - interval '2 years' where request_id = :id")
                .param("id", UUID.fromString(open)).update();

        Instant inAMonth = Instant.now().plus(Duration.ofDays(29));
        housekeeping.housekeep(inAMonth);
        assertThat(exists(rejected)).as("a rejection is kept a month").isTrue();
        housekeeping.housekeep(Instant.now().plus(Duration.ofDays(31)));
        assertThat(exists(rejected)).isFalse();
        assertThat(exists(issued)).as("a passport is kept while valid").isTrue();
        housekeeping.housekeep(Instant.now().plus(Duration.ofDays(365 + 29)));
        assertThat(exists(issued)).as("and a month after").isTrue();
        housekeeping.housekeep(Instant.now().plus(Duration.ofDays(365 + 31)));
        assertThat(exists(issued)).isFalse();
        assertThat(exists(open)).as("an open request waits for its decision").isTrue();
    }

    private String requestOf(String site, String name, int year) throws Exception {
        Traveller traveller = traveller(name, year);
        dose(traveller.person(), "2021-09-01", 1, "EU/1/20/1525", site);
        return requested(traveller).path("id").asString();
    }

    private boolean exists(String id) {
        return asOwner().sql("select count(*) from passports_request where request_id = :id")
                .param("id", UUID.fromString(id)).query(Integer.class).single() == 1;
    }
}
