package vn.qrqg.identity;

import java.util.List;

/**
 * How many people the population registry holds, as counts only: what the risk levels divide
 * cases and vaccinations by (docs/risk.md). Both registry adapters answer it: the reference one
 * from its table, the HTTP one from {@code GET {base-url}/population} (docs/registry.md).
 */
public interface PopulationCounts {

    /**
     * How many people live in each commune, by year of birth; people of no known commune are left
     * out. The whole population in one answer of a few hundred thousand counts.
     *
     * @throws RegistryUnavailableException when the registry cannot answer
     */
    List<PopulationCount> byCommuneAndBirthYear();
}
