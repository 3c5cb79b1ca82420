package vn.qrqg.health;

/** The COVID-19 tests the national test systems report. */
public enum TestType {
    /** RT-PCR, a nucleic acid amplification test. */
    PCR,
    /** A rapid antigen test. */
    RAPID_ANTIGEN
}
