/**
 * Health: vaccination, test and recovery records pushed by the national health systems, and the
 * provincial COVID card ({@link vn.qrqg.health.CovidCards}) their rules give (docs/covid-card.md).
 * Records are sealed at rest and every answer that carries them or a card is audited.
 * {@link vn.qrqg.health.CovidCards} and {@link vn.qrqg.health.HealthRecords} are the API;
 * {@code internal} is private. {@link vn.qrqg.health.ExposureHistory} is what the card needs of
 * tracing, which implements it: tracing depends on health, never the other way.
 */
package vn.qrqg.health;
