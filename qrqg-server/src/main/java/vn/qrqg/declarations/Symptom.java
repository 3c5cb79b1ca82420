package vn.qrqg.declarations;

/** A symptom a health declaration may name; the JSON names are these constants. */
public enum Symptom {
    FEVER,
    COUGH,
    SHORTNESS_OF_BREATH,
    MUSCLE_PAIN,
    SORE_THROAT,
    LOSS_OF_TASTE_OR_SMELL
}
