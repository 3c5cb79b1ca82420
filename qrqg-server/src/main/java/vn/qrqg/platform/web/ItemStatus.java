package vn.qrqg.platform.web;

/**
 * What became of one item of a push that answers each item on its own, idempotent by the
 * source system's id ({@code sourceId}): health records, confirmed cases. Apps switch on the
 * names: a constant may be added, never renamed.
 */
public enum ItemStatus {
    /** Stored now. */
    CREATED,
    /** A replay: the item with this sourceId exists and says the same of the same person. */
    EXISTING,
    /** A field is bad: the item's {@code errors} name each. */
    INVALID,
    /** Nobody in the population registry: the item's {@code errors} name the field that named them. */
    UNKNOWN_PERSON,
    /** The item with this sourceId exists and says something else, or of someone else. */
    CONFLICT;

    /** Whether the item was refused (neither stored now nor a replay). */
    public boolean rejected() {
        return this != CREATED && this != EXISTING;
    }
}
