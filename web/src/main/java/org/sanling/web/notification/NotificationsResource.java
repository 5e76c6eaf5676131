package org.sanling.web.notification;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sanling.notification.NotificationService;
import org.sanling.web.i18n.Messages;

import java.util.List;

/** The caller's notifications, newest first, with the unread count of the bell. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    public record Notifications(long unread, List<NotificationJson> items) {
    }

    @Inject
    private NotificationService notifications;

    @Context
    private HttpHeaders headers;

    @GET
    public Notifications list() {
        var locale = Messages.preferred(headers.getAcceptableLanguages());
        return new Notifications(notifications.unreadCount(),
                notifications.mine(50).stream().map(n -> NotificationJson.of(n, locale)).toList());
    }

    /** 204; someone else's notice or an unknown id changes nothing. */
    @APIResponse(responseCode = "204", description = "Marked as read.")
    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id);
        return Response.noContent().build();
    }

    @APIResponse(responseCode = "204", description = "All marked as read.")
    @POST
    @Path("read-all")
    public Response readAll() {
        notifications.markAllRead();
        return Response.noContent().build();
    }
}
