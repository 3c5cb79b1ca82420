package vn.qrqg.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * An admin limited an official's app to categories of feedback, or lifted the limit (none: every
 * category); its next call on sees only reports of those.
 *
 * @param by the client_id of the admin who changed it
 */
@DomainEvent
public record FeedbackCategoriesLimited(UUID appId, List<FeedbackCategory> from, List<FeedbackCategory> to, String by,
        Instant at) implements PrivilegedAction {

    public FeedbackCategoriesLimited {
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    @Override
    public List<String> subjects() {
        return List.of(appId.toString());
    }

    @Override
    public String summary() {
        return words(from) + " -> " + words(to);
    }

    private static String words(List<FeedbackCategory> categories) {
        return categories.isEmpty() ? "every category"
                : String.join(" ", categories.stream().map(Enum::name).toList());
    }
}
