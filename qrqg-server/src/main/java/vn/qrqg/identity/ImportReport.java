package vn.qrqg.identity;

import java.util.List;

/**
 * What a registry import did.
 *
 * @param imported rows that added a person
 * @param updated rows that replaced a person already registered under the same document number
 * @param rejectedCount all rows rejected
 * @param rejected the first {@link #MAX_LISTED} rejections, in file order
 */
public record ImportReport(long imported, long updated, long rejectedCount, List<Rejection> rejected) {

    /** How many rejections a report lists; {@code rejectedCount} counts them all. */
    public static final int MAX_LISTED = 1000;

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /**
     * @param line the physical line of the file the row starts on, the header being line 1
     * @param reason why, in a sentence naming the column
     */
    public record Rejection(long line, String reason) {
    }
}
