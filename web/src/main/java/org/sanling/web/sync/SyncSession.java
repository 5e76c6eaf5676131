package org.sanling.web.sync;

/**
 * Who the offline outbox syncs as, and the CSRF token its writes carry when they ride on the login
 * session (null for bearer-token callers, who need none).
 */
public record SyncSession(String username, String displayName, String csrfToken) {
}
