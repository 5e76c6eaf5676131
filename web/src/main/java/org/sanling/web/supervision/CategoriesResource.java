package org.sanling.web.supervision;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sanling.supervision.Category;
import org.sanling.supervision.CategoryService;
import org.sanling.supervision.NewCategory;

import java.util.List;

/** The active submission categories with their deadlines, for forms (online and offline); admins change deadlines. */
@Path("categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoriesResource {

    /** A category; deadlines in hours (urgent) and working days (normal). */
    public record CategoryItem(String id, String name, String nameEn, int urgentHours, int normalWorkingDays) {

        static CategoryItem of(Category c) {
            return new CategoryItem(String.valueOf(c.getId()), c.getName(), c.getNameEn(), c.getUrgentHours(),
                    c.getNormalWorkingDays());
        }
    }

    @Inject
    private CategoryService categories;

    @Context
    private UriInfo uri;

    /** New deadlines of a category (admins). */
    public record Deadlines(int urgentHours, int normalWorkingDays) {
    }

    @GET
    public List<CategoryItem> categories() {
        return categories.active().stream().map(CategoryItem::of).toList();
    }

    /** Adds a category (admins): 201 with it. */
    @APIResponse(responseCode = "201", description = "The new category; Location is its address.",
            content = @Content(schema = @Schema(implementation = CategoryItem.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewCategory category) {
        var added = CategoryItem.of(categories.add(category));
        return Response.created(uri.getAbsolutePathBuilder().path(added.id()).build()).entity(added).build();
    }

    @PUT
    @Path("{id}/deadlines")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryItem changeDeadlines(@PathParam("id") long id, Deadlines deadlines) {
        return CategoryItem.of(categories.changeDeadlines(id, deadlines.urgentHours(), deadlines.normalWorkingDays()));
    }
}
