package vn.qrqg.dcc;

/** What became of one {@link Step}: the words {@code dcc verify --json} prints. */
public enum StepOutcome {
    PASSED,
    FAILED,
    /** Not run: an earlier step failed, or (when only decoding) the step needs a trust list and a clock. */
    NOT_RUN
}
