/**
 * The audit's hash chain (docs/audit.md): how each audit record is hashed into its day's chain,
 * the signed head that ends a day, and the check an auditor runs over a day's records. Shared by
 * the platform, which writes the chain, and {@code bin/qrqg audit verify}, which re-computes it.
 */
package vn.qrqg.codec.audit;
