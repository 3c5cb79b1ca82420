package vn.qrqg.checkins.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.qrqg.checkins.CheckInsProperties;
import vn.qrqg.clients.PublicEndpoints;
import vn.qrqg.platform.database.DailyPartitions;
import vn.qrqg.platform.database.SchemaOwner;

/** The daily partitions of {@code checkins_event}, ready ahead and behind; their retention; the venue page. */
@Configuration(proxyBeanMethods = false)
class CheckInsConfiguration {

    /**
     * The partitions, kept ready behind as well as ahead (offline readers' events arrive up to
     * {@code max-lateness} late, into their own day), and their retention; not a bean of its own
     * type, so that the audit's partitions stay the one {@code DailyPartitions} bean. After Flyway
     * made the table.
     */
    @Bean(initMethod = "start", destroyMethod = "close")
    @DependsOnDatabaseInitialization
    CheckInRetention checkInRetention(SchemaOwner owner, CheckInsProperties properties) {
        DailyPartitions partitions = new DailyPartitions(owner, CheckInRetention.TABLE,
                properties.partitionDaysBehind(), properties.partitionDaysAhead(), properties.partitionCheckInterval(),
                Clock.systemUTC(), List.of());
        return new CheckInRetention(partitions, properties.retention(),
                properties.retentionCheckInterval(), Clock.systemUTC());
    }

    /** What the venue QR's URL opens: anyone, with any phone camera. */
    @Bean
    PublicEndpoints venuePageEndpoint() {
        return PublicEndpoints.get("/v/*");
    }
}
