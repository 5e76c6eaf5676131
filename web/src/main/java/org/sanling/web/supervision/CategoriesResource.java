package org.sanling.web.supervision;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sanling.supervision.Category;
import org.sanling.supervision.SubmissionService;

import java.util.List;

/** The active submission categories with their deadlines, for forms (online and offline). */
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
    private SubmissionService submissions;

    @GET
    public List<CategoryItem> categories() {
        return submissions.categories().stream().map(CategoryItem::of).toList();
    }
}
