package vn.qrqg.audit.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.qrqg.audit.AuditHeadSigner;
import vn.qrqg.clients.PublicEndpoints;
import vn.qrqg.audit.AuditProperties;
import vn.qrqg.platform.database.AppendOnlyTable;
import vn.qrqg.platform.database.DailyPartitions;
import vn.qrqg.platform.database.SchemaOwner;

/**
 * The audit's writer, its repository, the daily partitions of {@code audit_record} and their
 * retention; the admin actions' repository.
 */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {
    /** A partition inherits its parent's row triggers, not the statement trigger that refuses TRUNCATE. */
    private static final String NO_TRUNCATE = "create trigger audit_record_no_truncate before truncate on {partition} "
            + "for each statement execute function audit_record_refuse_change()";

    @Bean
    ChainHeads chainHeads(JdbcClient jdbc) {
        return new ChainHeads(jdbc);
    }

    @Bean
    AuditRepository auditRepository(JdbcClient jdbc) {
        return new AuditRepository(jdbc);
    }

    @Bean
    ChainedInserts chainedInserts(JdbcTemplate jdbc, ChainHeads chainHeads, PlatformTransactionManager transactions) {
        return new ChainedInserts(jdbc, chainHeads, new TransactionTemplate(transactions));
    }

    @Bean
    ChainRecords chainRecords(JdbcClient jdbc) {
        return new ChainRecords(jdbc);
    }

    /** The signed heads are published to anyone: GET /api/v1/audit/heads. */
    @Bean
    PublicEndpoints auditHeadsEndpoint() {
        return PublicEndpoints.get("/api/v1/audit/heads");
    }

    /** Signs each day's head a grace after its midnight (UTC), with the key that signs QRs. */
    @Bean(initMethod = "start", destroyMethod = "close")
    AuditSeals auditSeals(ChainHeads chainHeads, AuditHeadSigner signer, PlatformTransactionManager transactions,
            AuditProperties audit) {
        return new AuditSeals(chainHeads, signer, new TransactionTemplate(transactions), audit.sealGrace(),
                audit.sealCheckInterval(), Clock.systemUTC());
    }

    /** Ready before the writer, so that the first record finds its day's partition; after Flyway made the table. */
    @Bean(initMethod = "start", destroyMethod = "close")
    @DependsOnDatabaseInitialization
    DailyPartitions auditPartitions(SchemaOwner owner, AuditProperties audit) {
        return new DailyPartitions(owner, "audit_record", 1, audit.partitionDaysAhead(),
                audit.partitionCheckInterval(), Clock.systemUTC(), List.of(NO_TRUNCATE));
    }

    /** The platform's runtime role may read the audit and add to it, nothing more. */
    @Bean
    AppendOnlyTable auditIsAppendOnly() {
        return new AppendOnlyTable("audit_record");
    }

    @Bean
    AdminActionRepository adminActionRepository(JdbcClient jdbc, ChainHeads chainHeads) {
        return new AdminActionRepository(jdbc, chainHeads, Clock.systemUTC());
    }

    /** The same for the admin actions. */
    @Bean
    AppendOnlyTable adminActionsAreAppendOnly() {
        return new AppendOnlyTable("audit_admin_action");
    }

    /** Drops, every partition-check-interval, the days past the retention. */
    @Bean(initMethod = "start", destroyMethod = "close")
    AuditRetention auditRetention(DailyPartitions auditPartitions, AuditProperties audit) {
        return new AuditRetention(auditPartitions, audit.retention(), audit.partitionCheckInterval(), Clock.systemUTC());
    }

    /** Closed after the web server stopped taking requests: it writes what is queued, then stops. */
    @Bean(destroyMethod = "close")
    GroupCommitWriter auditWriter(ChainedInserts inserts, AuditProperties audit, DailyPartitions auditPartitions) {
        return new GroupCommitWriter(inserts::insert, audit.queueCapacity(), audit.maxBatch(), audit.writers(),
                audit.commitDelay(), audit.commitTimeout());
    }
}
