package vn.qrqg.identity;

/**
 * How many people the population registry holds in one commune (of their permanent address) born
 * in one year: what the risk levels divide cases and vaccinations by. A count, never a person.
 */
public record PopulationCount(String communeCode, int birthYear, long people) {
}
