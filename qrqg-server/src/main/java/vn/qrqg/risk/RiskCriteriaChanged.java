package vn.qrqg.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * An operator uploaded a version of the risk criteria, for the country ({@code VN}) or a province.
 *
 * @param by the operator's client_id
 */
@DomainEvent
public record RiskCriteriaChanged(String scope, int version, LocalDate effectiveFrom, String name, String by,
        Instant at) implements PrivilegedAction {

    @Override
    public List<String> subjects() {
        return List.of(scope);
    }

    @Override
    public String summary() {
        return "version " + version + " (" + name + ") from " + effectiveFrom;
    }
}
