package vn.qrqg.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * A province declared a commune's level by a decision, or lifted its declaration ({@code level} null).
 *
 * @param by the client_id of the officials' app
 */
@DomainEvent
public record RiskLevelDeclared(String communeCode, Integer level, String decisionNumber, LocalDate effectiveFrom,
        String by, Instant at) implements PrivilegedAction {

    @Override
    public List<String> subjects() {
        return List.of(communeCode);
    }

    @Override
    public String summary() {
        return (level == null ? "declaration lifted" : "level " + level + " by " + decisionNumber) + " from " + effectiveFrom;
    }
}
