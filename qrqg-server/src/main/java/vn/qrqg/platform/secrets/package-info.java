/**
 * Secrets at rest: the one {@link vn.qrqg.platform.secrets.KeySealer} bean (AES-256-GCM, kid as
 * associated data) that seals every private key the platform stores, under the key-encryption
 * key {@code qrqg.key-encryption-key} ({@code QRQG_KEY_ENCRYPTION_KEY}), or, when unset, one
 * generated once into {@code <data-dir>/key-encryption-key} (see {@link vn.qrqg.platform.secrets.KeyEncryptionKeys}).
 */
@NamedInterface("secrets")
package vn.qrqg.platform.secrets;

import org.springframework.modulith.NamedInterface;
