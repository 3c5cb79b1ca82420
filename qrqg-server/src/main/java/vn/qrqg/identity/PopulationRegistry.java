package vn.qrqg.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The population registry, the platform's source of truth for who exists. Two adapters: the
 * reference registry in the platform's own tables, and an external registry service over HTTP
 * ({@code qrqg.identity.registry: reference|http}).
 */
public interface PopulationRegistry {

    /**
     * The person holding {@code documentNumber}, looked up as their current document number
     * and else as an old CMND; empty when there is none, or when the text is no document number.
     *
     * @throws RegistryUnavailableException when the registry cannot answer
     */
    Optional<RegisteredPerson> findByDocumentNumber(String documentNumber);

    /**
     * {@link #findByDocumentNumber} for many numbers at once, for batches: the people found, by
     * the number asked for; numbers of nobody are left out. Adapters that can should answer in one
     * request; this default asks one number at a time.
     *
     * @throws RegistryUnavailableException when the registry cannot answer
     */
    default Map<String, RegisteredPerson> findAllByDocumentNumbers(Collection<String> documentNumbers) {
        Map<String, RegisteredPerson> found = new LinkedHashMap<>();
        for (String number : documentNumbers) {
            findByDocumentNumber(number).ifPresent(person -> found.put(number, person));
        }
        return found;
    }
}
