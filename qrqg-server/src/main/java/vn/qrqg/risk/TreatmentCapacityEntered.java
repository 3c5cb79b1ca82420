package vn.qrqg.risk;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * A province's officials said whether its treatment capacity meets the criteria, from a day on.
 *
 * @param by the client_id of the officials' app
 */
@DomainEvent
public record TreatmentCapacityEntered(String provinceCode, boolean met, LocalDate effectiveFrom, String by,
        Instant at) implements PrivilegedAction {

    @Override
    public List<String> subjects() {
        return List.of(provinceCode);
    }

    @Override
    public String summary() {
        return (met ? "met" : "not met") + " from " + effectiveFrom;
    }
}
