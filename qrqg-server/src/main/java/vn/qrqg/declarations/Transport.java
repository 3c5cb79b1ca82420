package vn.qrqg.declarations;

/** The means of transport of a domestic travel declaration; the JSON names are these constants. */
public enum Transport {
    AIRPLANE,
    TRAIN,
    /** A long-distance coach between provinces. */
    COACH,
    /** A city or local bus. */
    BUS,
    CAR,
    MOTORBIKE,
    /** A ship, ferry or boat. */
    SHIP,
    OTHER
}
