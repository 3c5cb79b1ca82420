package vn.qrqg.health;

/** A pushed record's sourceId already names a record with other content or of another person. */
public class HealthRecordConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HealthRecordConflictException() {
        super("the sourceId already names a record with other content or of another person");
    }
}
