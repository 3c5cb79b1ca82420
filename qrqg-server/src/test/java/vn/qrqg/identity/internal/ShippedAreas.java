package vn.qrqg.identity.internal;

import vn.qrqg.identity.AdministrativeAreas;

/** The real, shipped administrative areas for other capabilities' plain unit tests (no Spring). */
public final class ShippedAreas {
    private static final AdministrativeAreas AREAS = new ShippedAdministrativeAreas(AdministrativeUnits.load());

    private ShippedAreas() {
    }

    public static AdministrativeAreas get() {
        return AREAS;
    }
}
