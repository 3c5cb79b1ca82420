/**
 * Identity: the population registry that declarations are checked against
 * ({@link vn.qrqg.identity.PopulationRegistry}, a port with a reference adapter in the
 * platform's own tables and an HTTP adapter for an external registry service), verification
 * of a declaration ({@link vn.qrqg.identity.RegistryVerification}) and CSV imports into the
 * reference registry ({@link vn.qrqg.identity.RegistryImport}). See docs/registry.md.
 * This package is the capability's API; {@code internal} is private to it.
 */
package vn.qrqg.identity;
