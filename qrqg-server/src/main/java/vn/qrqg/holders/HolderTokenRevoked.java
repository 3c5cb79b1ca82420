package vn.qrqg.holders;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;
import vn.qrqg.codec.personal.Qid;

/**
 * A holder token stopped working: revoked by its app, by the person from any app, or by an
 * operator for all of the person's apps. The change feed tells the app that held it.
 *
 * @param holderId the token's id, as the person's list of apps names it
 * @param appId the app that held it
 */
@DomainEvent
public record HolderTokenRevoked(UUID holderId, UUID appId, Qid qid, Instant at) {
}
