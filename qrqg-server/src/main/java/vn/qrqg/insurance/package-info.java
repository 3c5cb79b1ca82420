/**
 * Insurance: the social-insurance database (Vietnam Social Security) as a port,
 * {@link vn.qrqg.insurance.InsuranceRegistry}, with a reference adapter that ships sample data and
 * an HTTP adapter (docs/insurance.md). {@link vn.qrqg.insurance.InsuranceChecks} is what the other
 * capabilities use: issuance checks that a declared health-insurance number ({@code SoBHYT}) is the
 * person's and valid today, or fills it from the database; scans show until when a card is valid.
 * {@code internal} is private.
 */
package vn.qrqg.insurance;
