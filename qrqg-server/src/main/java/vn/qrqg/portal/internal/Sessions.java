package vn.qrqg.portal.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.qrqg.platform.secrets.SecretTokens;
import vn.qrqg.portal.PortalProperties;
import vn.qrqg.sms.PhoneNumber;

/**
 * Portal sessions: the cookie holds 256 random bits (base64url), the table {@code portal_session}
 * only their SHA-256, with the phone and the expiry; a session is found in one indexed query.
 */
@Service
class Sessions {

    private final JdbcClient jdbc;
    private final PortalProperties properties;

    Sessions(JdbcClient jdbc, PortalProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** A new session: the cookie's value, shown this once, and the phone it signs in. */
    record Opened(PhoneNumber phone, String cookieValue) {
        @Override
        public String toString() {
            return "Opened[" + phone + ", (cookie shown once)]";
        }
    }

    Opened open(PhoneNumber phone) {
        String value = SecretTokens.generate();
        Instant now = Instant.now();
        jdbc.sql("insert into portal_session (token_hash, phone, expires_at) values (:hash, :phone, :expires)")
                .param("hash", SecretTokens.sha256(value)).param("phone", phone.value())
                .param("expires", SignInRepository.utc(now.plus(properties.sessionDuration()))).update();
        // the account is in use: its people stay for the people-retention from now (PortalHousekeeping)
        jdbc.sql("update portal_person set signed_in_at = :now where phone = :phone")
                .param("now", SignInRepository.utc(now)).param("phone", phone.value()).update();
        return new Opened(phone, value);
    }

    /** The signed-in phone of a cookie value, unless unknown or expired. */
    Optional<PhoneNumber> find(String cookieValue) {
        if (cookieValue == null || cookieValue.length() != 43) {
            return Optional.empty();
        }
        return jdbc.sql("select phone from portal_session where token_hash = :hash and expires_at > now()")
                .param("hash", SecretTokens.sha256(cookieValue)).query(String.class).optional().map(PhoneNumber::new);
    }

    /** @return how many sessions that expired before {@code now} were deleted */
    int deleteExpired(Instant now) {
        return jdbc.sql("delete from portal_session where expires_at < :now").param("now", SignInRepository.utc(now))
                .update();
    }

    void close(String cookieValue) {
        if (cookieValue != null) {
            jdbc.sql("delete from portal_session where token_hash = :hash").param("hash", SecretTokens.sha256(cookieValue)).update();
        }
    }

}
