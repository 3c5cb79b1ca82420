package vn.qrqg.clients;

import java.util.UUID;

/**
 * An admin changed an app's status; from {@link #to()} on, its tokens work or not accordingly.
 *
 * @param by the client_id of the admin who changed it
 */
public record AppStatusChanged(UUID appId, String clientId, AppStatus from, AppStatus to, String by) {
}
