/**
 * A person's privacy (docs/privacy.md): their access log, "who saw my data", read back from the
 * audit ({@link vn.qrqg.privacy.AccessLog}) with each reader named (the app, the venue, the official
 * body) and each purpose, field and outcome in plain words. Its own module because it reads the
 * audit and resolves apps and venues, which themselves write to the audit: inside {@code audit}
 * that would be a cycle. This package is the capability's API; {@code internal} is private.
 */
package vn.qrqg.privacy;
