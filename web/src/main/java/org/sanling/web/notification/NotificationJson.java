package org.sanling.web.notification;

import org.sanling.notification.Notification;
import org.sanling.web.i18n.Messages;
import org.sanling.web.i18n.Times;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A notice as its recipient reads it: the text in their language, where it leads, whether it is read. */
public record NotificationJson(String id, String kind, String text, String link, OffsetDateTime createdAt, boolean read) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static NotificationJson of(Notification n, Locale locale) {
        return new NotificationJson(String.valueOf(n.getId()), n.getKind().name(), text(n, locale), n.getLink(),
                Times.local(n.getCreatedAt()), !n.isUnread());
    }

    /** The bundle's text of the notice's kind with its subject and the subject's time (Asia/Shanghai). */
    public static String text(Notification n, Locale locale) {
        String when = n.getSubjectAt() == null ? "" : WHEN.format(Times.local(n.getSubjectAt()));
        return Messages.text(locale, n.getKind().messageKey(), n.getSubject(), when);
    }
}
