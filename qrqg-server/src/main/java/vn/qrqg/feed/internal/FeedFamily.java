package vn.qrqg.feed.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import vn.qrqg.feed.FeedType;

/**
 * The families of events, one NATS JetStream stream each ({@code QRQG_FEED_QR} …), subjects
 * {@code qrqg.feed.<family>.<clientId>}: a back end subscribes to its own client id's subjects, of
 * the families it cares for.
 */
enum FeedFamily {
    QR(FeedType.QR_REISSUED, FeedType.QR_REVOKED),
    HEALTH(FeedType.HEALTH_RECORDS_CHANGED, FeedType.CARD_CHANGED),
    ALERTS(FeedType.ALERT_ISSUED, FeedType.ALERT_WITHDRAWN),
    FEEDBACK(FeedType.FEEDBACK_ANSWERED),
    HOLDERS(FeedType.HOLDER_REVOKED),
    RISK(FeedType.RISK_LEVEL_CHANGED);

    private final Set<FeedType> types;

    FeedFamily(FeedType... types) {
        this.types = Set.of(types);
    }

    static FeedFamily of(FeedType type) {
        return Arrays.stream(values()).filter(family -> family.types.contains(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no NATS stream for the feed's type " + type));
    }

    String stream() {
        return "QRQG_FEED_" + name();
    }

    /** Every subject of the family's stream. */
    String subjects() {
        return "qrqg.feed." + name().toLowerCase(Locale.ROOT) + ".>";
    }

    /** The subject of one app's events of this family (client ids are base64url: no dots, spaces or wildcards). */
    String subject(String clientId) {
        return "qrqg.feed." + name().toLowerCase(Locale.ROOT) + "." + clientId;
    }
}
