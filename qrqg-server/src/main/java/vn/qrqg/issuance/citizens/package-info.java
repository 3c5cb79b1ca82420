/**
 * Issuing personal QRs to citizens (DOMAIN.md, "Issuing a personal QR"): verification against
 * the population registry, one QID per person, and the signed QR in both forms, versioned when
 * the recorded data change. {@link vn.qrqg.issuance.citizens.CitizenQrIssuance} is the API.
 */
@NamedInterface("citizens")
package vn.qrqg.issuance.citizens;

import org.springframework.modulith.NamedInterface;
