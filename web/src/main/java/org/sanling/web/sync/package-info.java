/**
 * Field use without a network: the web app manifest's service worker ({@code /sw.js}, Workbox served by
 * the portal), the texts of the static offline pages ({@code /offline/messages.js}) and the session an
 * outbox syncs with ({@code /api/v1/sync/session}).
 */
package org.sanling.web.sync;
