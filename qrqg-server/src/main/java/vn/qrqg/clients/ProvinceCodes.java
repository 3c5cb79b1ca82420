package vn.qrqg.clients;

/**
 * Which codes are provinces, for the provinces an app may be limited to. The administrative areas
 * ({@code vn.qrqg.identity}) answer it; a port here, since identity already depends on clients.
 */
public interface ProvinceCodes {

    /** Whether {@code code} is a province of the current structure (34 of them, e.g. {@code 01}). */
    boolean isProvince(String code);
}
