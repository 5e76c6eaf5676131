/**
 * In-app notifications (the bell): short notices to one person about something that concerns them,
 * written by other features in the same transaction as the change they announce, and shown in the
 * recipient's language by their kind.
 */
package org.sanling.notification;
