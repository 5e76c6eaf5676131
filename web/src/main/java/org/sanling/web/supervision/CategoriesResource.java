package org.sanling.web.supervision;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sanling.supervision.Category;
import org.sanling.supervision.CategoryService;

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

    /** New deadlines of a category (admins). */
    public record Deadlines(int urgentHours, int normalWorkingDays) {
    }

    @GET
    public List<CategoryItem> categories() {
        return categories.active().stream().map(CategoryItem::of).toList();
    }

    @PUT
    @Path("{id}/deadlines")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryItem changeDeadlines(@PathParam("id") long id, Deadlines deadlines) {
        return CategoryItem.of(categories.changeDeadlines(id, deadlines.urgentHours(), deadlines.normalWorkingDays()));
    }
}
