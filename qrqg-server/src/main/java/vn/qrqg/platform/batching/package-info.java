/**
 * Micro-batching ({@link vn.qrqg.platform.batching.Batcher}): many concurrent callers' small
 * database calls served by one call per batch, so that a round trip's and a commit's fixed cost
 * is shared (the audit's group commit, the scans' look-ups).
 */
@NamedInterface("batching")
package vn.qrqg.platform.batching;

import org.springframework.modulith.NamedInterface;
