package vn.qrqg.health;

/** A test's result. */
public enum TestResult {
    POSITIVE,
    NEGATIVE
}
