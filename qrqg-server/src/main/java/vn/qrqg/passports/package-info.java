/**
 * Passports: Vietnam's international vaccine passport, the EU Digital COVID Certificate
 * (docs/dcc.md), issued from the platform's vaccination records and verified when scanned. The
 * platform's document signers and their published trust list ({@link vn.qrqg.passports.DccSigners}),
 * the certificates it revoked and their published list ({@link vn.qrqg.passports.DccRevocations}).
 * The format itself is the library {@code qrqg-dcc}. This package is the capability's API;
 * {@code internal} is private to it.
 */
package vn.qrqg.passports;
