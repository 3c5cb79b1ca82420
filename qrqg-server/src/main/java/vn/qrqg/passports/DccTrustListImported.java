package vn.qrqg.passports;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.platform.events.PrivilegedAction;

/**
 * An operator replaced the foreign trust list of EU DCC document signers.
 *
 * @param countries how many certificates each country has in the new list
 * @param skipped how many entries of the uploaded list were left out
 * @param by the operator's client_id
 */
@DomainEvent
public record DccTrustListImported(Map<String, Integer> countries, int certificates, int skipped, String by,
        Instant at) implements PrivilegedAction {

    public DccTrustListImported {
        countries = Map.copyOf(countries);
    }

    @Override
    public List<String> subjects() {
        return countries.keySet().stream().sorted().toList();
    }

    @Override
    public String summary() {
        return certificates + " document signers of " + countries.size() + " countries imported, " + skipped
                + " entries skipped";
    }
}
