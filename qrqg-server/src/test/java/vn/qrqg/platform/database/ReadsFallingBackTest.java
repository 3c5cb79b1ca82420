package vn.qrqg.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which failures of a read on the replica are the replica's, so that the primary answers the read instead. */
class ReadsFallingBackTest {
    @ParameterizedTest(name = "SQLSTATE {0}: the replica failed = {1}")
    @CsvSource({
            "08006, true",  // connection failure: the replica stopped or the connection was cut
            "08003, true",  // connection does not exist
            "57P01, true",  // admin shutdown: the replica is stopping
            "57P03, true",  // cannot connect now: the replica is starting
            "40001, true",  // a standby cancelled the read: it conflicted with replay
            "42P01, false", // undefined table: the read is wrong, the primary would fail it too
            "57014, false", // query cancelled by its timeout: not run again
            "23505, false",
            "08, false"})
    void onlyTheReplicasFailuresAreRunAgainOnThePrimary(String sqlState, boolean replicaFailed) {
        assertThat(ReadsFallingBack.isReplicaFailure(sqlState)).isEqualTo(replicaFailed);
    }

    @Test
    void aFailureWithoutSqlStateIsNotTheReplicas() {
        assertThat(ReadsFallingBack.isReplicaFailure(null)).isFalse();
    }
}
