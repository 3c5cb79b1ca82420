package vn.qrqg.health.internal;

import java.time.Instant;
import java.time.LocalDate;
import vn.qrqg.health.TestResult;
import vn.qrqg.health.TestType;

/**
 * What a health record says, as it is sealed in {@code health_record.content} (JSON): the pushed
 * fields without the person, who is the row's {@code person_key}. Equal contents make a replay.
 */
sealed interface RecordContent {

    RecordKind kind();

    record VaccinationContent(LocalDate date, int doseNumber, String product, String lot, String site)
            implements RecordContent {
        @Override
        public RecordKind kind() {
            return RecordKind.VACCINATION;
        }
    }

    record TestContent(TestType type, Instant sampledAt, TestResult result, String lab) implements RecordContent {
        @Override
        public RecordKind kind() {
            return RecordKind.TEST;
        }
    }

    record RecoveryContent(Instant confirmedAt, Instant recoveredAt, String facility) implements RecordContent {
        @Override
        public RecordKind kind() {
            return RecordKind.RECOVERY;
        }
    }

    /** The class its JSON is read into. */
    static Class<? extends RecordContent> type(RecordKind kind) {
        return switch (kind) {
            case VACCINATION -> VaccinationContent.class;
            case TEST -> TestContent.class;
            case RECOVERY -> RecoveryContent.class;
        };
    }
}
