package vn.qrqg.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.platform.InstanceId;
import vn.qrqg.platform.PlatformTestSupport;

class NotificationsIT extends PlatformTestSupport {

    @Autowired
    Notifications notifications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    InstanceId instance;

    @Test
    void aChangeIsHeardOnceItCommitsAndNeverWhenItRollsBack() throws Exception {
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        notifications.subscribe("qrqg_test_commits", heard::add, () -> { });
        awaitListening("qrqg_test_commits", heard);
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        String rolledBack = UUID.randomUUID().toString();
        String committed = UUID.randomUUID().toString();

        transaction.executeWithoutResult(status -> {
            notifications.notify("qrqg_test_commits", rolledBack);
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> {
            notifications.notify("qrqg_test_commits", committed);
            assertThat(heard).as("nothing before the commit").isEmpty();
        });

        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo(committed);
        assertThat(heard.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void whenTheListeningConnectionDropsItComesBackAndSaysWhatMayHaveBeenMissed() throws Exception {
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        AtomicInteger missed = new AtomicInteger();
        notifications.subscribe("qrqg_test_reconnects", heard::add, missed::incrementAndGet);
        awaitListening("qrqg_test_reconnects", heard);
        int missedBefore = missed.get();

        List<Boolean> terminated = jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity "
                + "where application_name = :name").param("name", "qrqg " + instance + " notifications")
                .query(Boolean.class).list();
        assertThat(terminated).containsExactly(true);

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (missed.get() == missedBefore && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(missed.get()).as("told to read afresh on reconnecting").isGreaterThan(missedBefore);
        notifications.notify("qrqg_test_reconnects", "after");
        assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("after");
    }

    /** Notifies until the channel is heard (it is listened to within one poll of its subscription), then forgets that. */
    private void awaitListening(String channel, BlockingQueue<String> heard) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String ping;
        do {
            notifications.notify(channel, "ping");
            ping = heard.poll(200, TimeUnit.MILLISECONDS);
        } while (ping == null && System.nanoTime() < deadline);
        assertThat(ping).as("the channel is listened to").isEqualTo("ping");
        Thread.sleep(100);
        heard.clear();
    }
}
