package vn.qrqg.feed;

/** What an item of the change feed reports (docs/feed.md); new types may be added, never renamed. */
public enum FeedType {
    QR_REISSUED,
    QR_REVOKED,
    HEALTH_RECORDS_CHANGED,
    CARD_CHANGED,
    ALERT_ISSUED,
    ALERT_WITHDRAWN,
    FEEDBACK_ANSWERED,
    HOLDER_REVOKED,
    RISK_LEVEL_CHANGED
}
