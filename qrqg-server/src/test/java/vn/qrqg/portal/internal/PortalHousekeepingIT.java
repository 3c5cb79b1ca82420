package vn.qrqg.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.codec.personal.Qid;
import vn.qrqg.holders.HolderTokens;
import vn.qrqg.holders.InvalidHolderTokenException;
import vn.qrqg.platform.PlatformTestSupport;
import vn.qrqg.sms.PhoneNumber;

/** Regulation 733: the portal's sign-ins, sessions and people expire on a schedule, not only when something is written. */
class PortalHousekeepingIT extends PlatformTestSupport {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    PortalHousekeeping housekeeping;

    @Autowired
    PersonRepository people;

    @Autowired
    HolderTokens holderTokens;

    @Autowired
    PortalApp app;

    @Autowired
    JdbcClient jdbc;

    @Test
    void signInsPastADayAndExpiredSessionsAreDeletedAndNewerOnesKept() {
        PhoneNumber phone = randomPhone();
        UUID old = signIn(phone, "2 days");
        UUID recent = signIn(phone, "1 hour");
        byte[] expired = session(phone, "- interval '1 minute'");
        byte[] live = session(phone, "+ interval '1 day'");

        housekeeping.deleteExpired(Instant.now());

        assertThat(count("portal_sign_in where sign_in_id = ?", old)).isZero();
        assertThat(count("portal_sign_in where sign_in_id = ?", recent)).isOne();
        assertThat(count("portal_session where token_hash = ?", expired)).isZero();
        assertThat(count("portal_session where token_hash = ?", live)).isOne();
    }

    @Test
    void thePeopleOfAPhoneThatStoppedSigningInAreRemovedAndTheirHolderTokensRevoked() {
        PhoneNumber gone = randomPhone();
        String token = person(gone, "40 days");

        housekeeping.deleteExpired(Instant.now());

        assertThat(count("portal_person where phone = ?", gone.value())).isZero();
        assertThatThrownBy(() -> holderTokens.verify(app.caller(), token))
                .isInstanceOf(InvalidHolderTokenException.class);
    }

    @Test
    void thePeopleOfAPhoneSignedInRecentlyOrStillInASessionAreKept() {
        PhoneNumber recent = randomPhone();
        PhoneNumber inSession = randomPhone();
        String recentToken = person(recent, "10 days");
        String inSessionToken = person(inSession, "40 days");
        session(inSession, "+ interval '1 day'");

        housekeeping.deleteExpired(Instant.now());

        assertThat(count("portal_person where phone = ?", recent.value())).isOne();
        assertThat(count("portal_person where phone = ?", inSession.value())).isOne();
        assertThat(holderTokens.verify(app.caller(), recentToken).qid()).isNotNull();
        assertThat(holderTokens.verify(app.caller(), inSessionToken).qid()).isNotNull();
    }

    /** A person of {@code phone} with a valid holder token of the portal app, last signed in {@code ago}. */
    private String person(PhoneNumber phone, String ago) {
        Qid qid = Qid.generate();
        String token = holderTokens.issue(app.caller().appId(), qid);
        people.save(phone, qid.value(), PersonRepository.Relation.SELF, token);
        jdbc.sql("update portal_person set signed_in_at = now() - cast(? as interval) where phone = ?")
                .params(ago, phone.value()).update();
        return token;
    }

    private UUID signIn(PhoneNumber phone, String ago) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into portal_sign_in (sign_in_id, phone, code_hash, code_expires_at, created_at) "
                        + "values (?, ?, ?, now(), now() - cast(? as interval))")
                .params(id, phone.value(), new byte[32], ago).update();
        return id;
    }

    private byte[] session(PhoneNumber phone, String expiresFromNow) {
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        jdbc.sql("insert into portal_session (token_hash, phone, expires_at) values (?, ?, now() " + expiresFromNow + ")")
                .params(hash, phone.value()).update();
        return hash;
    }

    private long count(String tableWhere, Object value) {
        return jdbc.sql("select count(*) from " + tableWhere).param(value).query(Long.class).single();
    }

    private static PhoneNumber randomPhone() {
        return new PhoneNumber("09" + String.format("%08d", RANDOM.nextInt(100_000_000)));
    }
}
