package vn.qrqg.venues.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.platform.PlatformTestSupport;

/**
 * Registrations past a day, staff removed more than 30 days ago and expired enrolment links go on
 * a schedule, not only when a venue registers.
 */
class VenueHousekeepingIT extends PlatformTestSupport {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_CHARACTERS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    @Autowired
    VenueHousekeeping housekeeping;

    @Autowired
    JdbcClient jdbc;

    @Test
    void registrationsPastADayAreDeletedConfirmedOrNotAndNewerOnesKept() {
        UUID old = registration("2 days");
        UUID recent = registration("1 hour");

        housekeeping.deleteExpired(Instant.now());

        assertThat(count("venues_registration where registration_id = ?", old)).isZero();
        assertThat(count("venues_registration where registration_id = ?", recent)).isOne();
    }

    @Test
    void staffRemovedLongAgoAreDeletedAndRecentlyRemovedOrCurrentStaffKept() {
        String venue = venue();
        UUID removedLongAgo = staff(venue, "now() - interval '40 days'");
        UUID removedRecently = staff(venue, "now() - interval '10 days'");
        UUID current = staff(venue, "null");

        housekeeping.deleteExpired(Instant.now());

        assertThat(count("venues_staff where staff_id = ?", removedLongAgo)).isZero();
        assertThat(count("venues_staff where staff_id = ?", removedRecently)).isOne();
        assertThat(count("venues_staff where staff_id = ?", current)).isOne();
        // other tests count venues: this one leaves none behind
        jdbc.sql("delete from venues_staff where venue_code = ?").param(venue).update();
        jdbc.sql("delete from venues_venue where venue_code = ?").param(venue).update();
    }

    @Test
    void enrolmentLinksAreDeletedOnceExpiredUsedOrNotAndValidOnesKept() {
        String venue = venue();
        UUID member = staff(venue, "null");
        byte[] expired = enrolment(member, "now() - interval '1 minute'", false);
        byte[] usedExpired = enrolment(member, "now() - interval '1 minute'", true);
        byte[] valid = enrolment(member, "now() + interval '10 minutes'", false);

        housekeeping.deleteExpired(Instant.now());

        assertThat(count("venues_staff_enrolment where code_hash = ?", expired)).isZero();
        assertThat(count("venues_staff_enrolment where code_hash = ?", usedExpired)).isZero();
        assertThat(count("venues_staff_enrolment where code_hash = ?", valid)).isOne();
        jdbc.sql("delete from venues_staff_enrolment where staff_id = ?").param(member).update();
        jdbc.sql("delete from venues_staff where venue_code = ?").param(venue).update();
        jdbc.sql("delete from venues_venue where venue_code = ?").param(venue).update();
    }

    private byte[] enrolment(UUID staffId, String expiresAt, boolean used) {
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        // a used link's secret is gone; an unused one holds it sealed (any bytes here)
        jdbc.sql("insert into venues_staff_enrolment (code_hash, staff_id, sealed_secret, expires_at, redeemed_at) "
                        + "values (?, ?, " + (used ? "null" : "'\\x00'::bytea") + ", " + expiresAt + ", "
                        + (used ? "now()" : "null") + ")")
                .params(hash, staffId).update();
        return hash;
    }

    private UUID registration(String ago) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into venues_registration (registration_id, name, type, province_code, commune_code, address,
                            owner_name, owner_phone, code_hash, code_expires_at, status, created_at)
                        values (?, 'Quán test', 'shop', '01', '00004', '1 Phố Test', 'Nguyễn Văn Test', '0912345678',
                            ?, now(), 'PENDING', now() - cast(? as interval))""")
                .params(id, new byte[32], ago).update();
        return id;
    }

    private String venue() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            code.append(CODE_CHARACTERS.charAt(RANDOM.nextInt(CODE_CHARACTERS.length())));
        }
        byte[] tokenHash = new byte[32];
        RANDOM.nextBytes(tokenHash);
        jdbc.sql("""
                        insert into venues_venue (venue_code, name, type, province_code, commune_code, address, owner_name,
                            owner_phone, owner_token_hash, registration_id)
                        values (?, 'Quán test', 'shop', '01', '00004', '1 Phố Test', 'Nguyễn Văn Test', '0912345678', ?, ?)""")
                .params(code.toString(), HexFormat.of().formatHex(tokenHash), UUID.randomUUID()).update();
        return code.toString();
    }

    private UUID staff(String venue, String removedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into venues_staff (staff_id, venue_code, name, phone, app_id, client_id, created_at, removed_at) "
                        + "values (?, ?, 'Trần Thị Test', '0987654321', ?, ?, now() - interval '60 days', " + removedAt + ")")
                .params(id, venue, UUID.randomUUID(), "staff-" + id).update();
        return id;
    }

    private long count(String tableWhere, Object value) {
        return jdbc.sql("select count(*) from " + tableWhere).param(value).query(Long.class).single();
    }
}
