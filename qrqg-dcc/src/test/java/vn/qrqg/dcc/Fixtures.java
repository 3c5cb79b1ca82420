package vn.qrqg.dcc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** One person's certificates of each type, as the platform would issue them. */
final class Fixtures {
    static final Instant ISSUED = Instant.parse("2026-05-01T08:00:00Z");
    /** Valid 12 months (DOMAIN.md). */
    static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(365));
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    static final CwtClaims CLAIMS = new CwtClaims("VN", ISSUED, EXPIRES);
    static final DccPayload.Person PERSON = new DccPayload.Person("Nguyễn", "Lê Khả Hân", "1993-01-18");
    static final String ISSUER = "Ministry of Health of Viet Nam";

    private Fixtures() {
    }

    static ObjectNode vaccination() {
        return DccPayload.vaccination(PERSON, new DccPayload.Vaccination("1119349007", "EU/1/20/1528", "ORG-100030215",
                2, 2, LocalDate.parse("2021-09-10"), "VN", ISSUER, Uvci.build("BYT/HN/2021/0000123")));
    }

    static ObjectNode test() {
        return DccPayload.test(PERSON, new DccPayload.Test("LP6464-4", "Roche LightCycler qPCR", null,
                Instant.parse("2026-04-30T07:15:00Z"), "260415000", "Bệnh viện Bạch Mai", "VN", ISSUER,
                Uvci.build("BYT/HN/2026/T0000456")));
    }

    static ObjectNode recovery() {
        return DccPayload.recovery(PERSON, new DccPayload.Recovery(LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-12"), LocalDate.parse("2026-08-28"), "VN", ISSUER, Uvci.build("BYT/HN/2026/R0000789")));
    }
}
