/**
 * Housekeeping ({@link vn.qrqg.platform.housekeeping.Housekeeping}): a capability's periodic
 * removal of the personal data its retention ends, run in the background, one instance at a
 * time, whether or not anything new is written (Regulation 733; the list is in docs/operations.md).
 */
@NamedInterface("housekeeping")
package vn.qrqg.platform.housekeeping;

import org.springframework.modulith.NamedInterface;
