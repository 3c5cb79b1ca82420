package vn.qrqg.health;

/** The colours of the COVID card ("thẻ xanh", DOMAIN.md). */
public enum CardColour {
    GREEN,
    YELLOW,
    RED,
    /** The pale status of a province marked as having no rules: never to be mistaken for green. */
    NEUTRAL
}
