package org.sanling.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.notification.NotificationService;

/**
 * The bell in the top bar of every page: how many of my notices I have not read. One count query per
 * request, however often the page asks.
 */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    private NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** Counts again when the bell is shown next: the person has just read some. */
    public void recount() {
        unread = null;
    }
}
