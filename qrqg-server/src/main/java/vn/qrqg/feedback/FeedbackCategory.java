package vn.qrqg.feedback;

/** What a report is about; three categories name what they are about in a field of their own. */
public enum FeedbackCategory {
    WRONG_PERSONAL_DATA,
    /** with {@code recordId}: one of the person's health records */
    WRONG_HEALTH_RECORD,
    WRONG_COVID_CARD,
    /** with {@code venueCode} */
    VENUE_NOT_COMPLYING,
    APP_PROBLEM,
    OTHER,
    /** with {@code accessId}: a read in the person's access log ({@code vn.qrqg.privacy}) they do not recognise */
    UNRECOGNISED_READ
}
