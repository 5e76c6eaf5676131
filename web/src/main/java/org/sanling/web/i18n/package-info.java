/**
 * The portal's languages: Simplified Chinese first, English second. All user-facing text lives in the
 * bundle {@code org/sanling/web/i18n/messages_*.properties}: labels, messages, validation messages and
 * the texts of problem documents.
 */
package org.sanling.web.i18n;
