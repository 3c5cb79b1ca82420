package vn.qrqg.clients;

import java.util.List;
import java.util.UUID;

/**
 * An app was registered (status PENDING), or the operator client at first start (CERTIFIED).
 *
 * @param by the client_id of the admin who registered it; null when the platform did, at start-up
 */
public record AppRegistered(UUID appId, String clientId, String name, String operator, List<String> scopes,
        AppStatus status, String by) {
}
