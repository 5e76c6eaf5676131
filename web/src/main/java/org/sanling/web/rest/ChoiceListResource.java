package org.sanling.web.rest;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sanling.platform.ChoiceList;
import org.sanling.platform.ChoiceListService;
import org.sanling.platform.ChoiceNames;
import org.sanling.platform.ChoiceNotFoundException;
import org.sanling.platform.NamedChoice;
import org.sanling.web.i18n.Messages;

import java.util.List;

/**
 * One list admins keep, as a collection: {@code GET} the entries on offer, {@code POST} a new one at the
 * end ({@code {"name","nameEn"}}, 201 with it), {@code PUT {id}} new names and whether it is on offer
 * ({@code {"name","nameEn","active"}}; {@code active} left out keeps it as it is). Each list's resource
 * is a subclass that gives its path and its {@link ChoiceList}; the service says who may do what.
 *
 * @param <T> the entries' entity type
 */
public abstract class ChoiceListResource<T extends NamedChoice> {

    /** An entry on offer, named in the caller's language. */
    public record Offered(String id, String name) {
    }

    /** An entry as admins keep it. */
    public record Entry(String id, String name, String nameEn, boolean active) {

        static Entry of(NamedChoice c) {
            return new Entry(String.valueOf(c.getId()), c.getName(), c.getNameEn(), c.isActive());
        }
    }

    /** New names of an entry and, if given, whether it is on offer. */
    public record Change(String name, String nameEn, Boolean active) {
    }

    private final ChoiceList<T> list;

    @Inject
    private ChoiceListService choices;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    protected ChoiceListResource(ChoiceList<T> list) {
        this.list = list;
    }

    /** The active entries in their order. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Offered> offered() {
        var locale = Messages.preferred(headers.getAcceptableLanguages());
        return choices.active(list).stream().map(c -> new Offered(String.valueOf(c.getId()), c.nameIn(locale))).toList();
    }

    @APIResponse(responseCode = "201", description = "The new entry; Location is its address.",
            content = @Content(schema = @Schema(implementation = Entry.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(ChoiceNames names) {
        Entry added = Entry.of(choices.add(list, names == null ? new ChoiceNames(null, null) : names));
        return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(added).build();
    }

    /** Renames and switches in one transaction: both happen or neither. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Entry change(@PathParam("id") String id, Change change) {
        long entryId = Ids.parse(id, ChoiceNotFoundException::new);
        Change given = change == null ? new Change(null, null, null) : change;
        T entry = choices.rename(list, entryId, new ChoiceNames(given.name(), given.nameEn()));
        if (given.active() != null) {
            entry = choices.setActive(list, entryId, given.active());
        }
        return Entry.of(entry);
    }
}
