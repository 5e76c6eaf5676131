package org.sanling.web.notification;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sanling.notification.Notification;
import org.sanling.notification.NotificationService;
import org.sanling.web.i18n.LocaleView;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** My notices, newest first: open one (which reads it), mark one or all read. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final int SHOWN = 100;

    @Inject
    private NotificationService notifications;

    @Inject
    private NotificationBell bell;

    private List<Notification> mine = List.of();

    public void load() {
        mine = notifications.mine(SHOWN);
    }

    /** Marks the notice read and goes where it points. */
    public void open(Notification notice) throws IOException {
        notifications.markRead(notice.getId());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + notice.getLink());
    }

    public void markRead(Notification notice) {
        notifications.markRead(notice.getId());
        bell.recount();
        load();
    }

    public void markAllRead() {
        notifications.markAllRead();
        bell.recount();
        load();
    }

    public String text(Notification notice) {
        return NotificationJson.text(notice, LocaleView.current());
    }

    public List<Notification> getMine() {
        return mine;
    }
}
