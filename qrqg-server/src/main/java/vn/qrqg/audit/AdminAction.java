package vn.qrqg.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * One privileged action, as the audit keeps it: who did what to which, and when.
 *
 * @param at when it was taken
 * @param actor the client_id of the admin or operator who took it; {@code null}: the platform, at start-up
 * @param action what, as the event that reported it names it, e.g. {@code AppStatusChanged}
 * @param subjects the ids it acted on
 * @param summary one line for operators, without personal data
 */
public record AdminAction(Instant at, String actor, String action, List<String> subjects, String summary) {

    public AdminAction {
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
        Objects.requireNonNull(action, "action");
        subjects = List.copyOf(subjects);
        Objects.requireNonNull(summary, "summary");
    }

    /** What {@code event} reports. */
    public static AdminAction of(PrivilegedAction event) {
        return new AdminAction(event.at(), event.by(), event.action(), event.subjects(), event.summary());
    }
}
