package vn.qrqg.health;

import java.time.Instant;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * An operator uploaded a new version of a province's COVID card rules.
 *
 * @param mode RULES, NONE or NATIONAL_DEFAULT
 * @param effectiveFrom from when the version applies
 * @param by the client_id of the operator who uploaded it
 */
@DomainEvent
public record CardRulesChanged(String provinceCode, int version, String mode, Instant effectiveFrom, String by,
        Instant at) implements PrivilegedAction {

    @Override
    public List<String> subjects() {
        return List.of(provinceCode);
    }

    @Override
    public String summary() {
        return "version " + version + " (" + mode + ") from " + effectiveFrom;
    }
}
