package vn.qrqg.platform.events;

import java.time.Instant;
import java.util.List;

/**
 * An event that reports an action only operators and admins may take (an app certified, a key
 * revoked, a registry imported): the audit writes each down, append-only, for operators to read.
 * The type lives here rather than in the audit, which already depends on the capabilities that
 * publish them (clients, issuance, health): they would otherwise depend on each other in a cycle.
 * Implementations are records; what they carry is kept and shown, so ids and counts only, never
 * personal data nor secrets.
 */
public interface PrivilegedAction {

    /** When the action was taken. */
    Instant at();

    /** The client_id of the admin or operator who took it; {@code null} when the platform did, at start-up. */
    String by();

    /** The ids it acted on (an app's id and client_id, a key's kid, a province code); empty for none. */
    List<String> subjects();

    /** One line for operators: what changed, e.g. {@code PENDING -> SUSPENDED}, {@code 1200 imported}. */
    String summary();

    /** What was done: the event's name, e.g. {@code AppStatusChanged}. */
    default String action() {
        return getClass().getSimpleName();
    }

    /**
     * Whether this one is privileged: an event type also published for what any authorised
     * system does (health records pushed) says no for those.
     */
    default boolean privileged() {
        return true;
    }
}
