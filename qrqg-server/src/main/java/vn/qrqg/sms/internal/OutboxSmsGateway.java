package vn.qrqg.sms.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.qrqg.sms.PhoneNumber;
import vn.qrqg.sms.SmsGateway;

/**
 * The reference adapter: a message is "sent" by storing it in {@code sms_outbox}, where an
 * operator (or a test) reads it. Messages older than the retention are deleted on a schedule
 * ({@link OutboxHousekeeping}), whether or not anything new is sent.
 */
final class OutboxSmsGateway implements SmsGateway {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSmsGateway.class);

    private final JdbcClient jdbc;
    private final Duration retention;

    OutboxSmsGateway(JdbcClient jdbc, Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    /** One message of the outbox. */
    record Message(UUID messageId, String phone, String text, Instant createdAt) {
    }

    /** One page of the outbox, newest first. */
    record Page(long total, int page, int size, List<Message> items) {
    }

    @Override
    public void send(PhoneNumber to, String text) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into sms_outbox (message_id, phone, text) values (:id, :phone, :text)")
                .param("id", id).param("phone", to.value()).param("text", text).update();
        LOG.debug("SMS {} kept in the outbox", id); // never the number, never the text (it holds codes)
    }

    /** @return how many messages older than the retention at {@code now} were deleted */
    int deleteExpired(Instant now) {
        return jdbc.sql("delete from sms_outbox where created_at < :cutoff")
                .param("cutoff", now.minus(retention).atOffset(ZoneOffset.UTC)).update();
    }

    /** Newest first; only those to {@code phone} when it is not null. */
    Page page(PhoneNumber phone, int page, int size) {
        String where = phone == null ? "" : " where phone = :phone";
        JdbcClient.StatementSpec count = jdbc.sql("select count(*) from sms_outbox" + where);
        JdbcClient.StatementSpec items = jdbc.sql("select message_id, phone, text, created_at from sms_outbox" + where
                + " order by created_at desc, message_id limit :limit offset :offset")
                .param("limit", size).param("offset", (long) page * size);
        if (phone != null) {
            count = count.param("phone", phone.value());
            items = items.param("phone", phone.value());
        }
        List<Message> messages = items.query((rs, n) -> new Message(rs.getObject("message_id", UUID.class),
                rs.getString("phone"), rs.getString("text"), rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
        return new Page(count.query(Long.class).single(), page, size, messages);
    }
}
