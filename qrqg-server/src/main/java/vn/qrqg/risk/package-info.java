/**
 * The risk map (docs/risk.md): Resolution 128's four levels for every commune and province,
 * computed each day from the platform's own data (cases by commune of residence, the registry's
 * population, vaccination coverage) and the treatment capacity province officials enter, with the
 * levels provinces declare; public, as aggregates only, and kept as history. This package is the
 * capability's API; {@code internal} is private.
 */
package vn.qrqg.risk;
