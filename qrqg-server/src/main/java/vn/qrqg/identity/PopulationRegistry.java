package vn.qrqg.identity;

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
}
