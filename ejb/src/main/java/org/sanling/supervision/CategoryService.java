package org.sanling.supervision;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sanling.platform.Role;
import org.sanling.audit.AuditService;
import org.sanling.platform.ChoiceList;
import org.sanling.platform.ChoiceListService;
import org.sanling.platform.ChoiceNames;

import java.util.List;

/**
 * The categories of submissions and their deadlines. Everybody reads the active ones; admins add and
 * rename categories, change deadlines and switch categories on and off (a category in use is never
 * deleted). New deadlines apply
 * to submissions filed afterwards. Thread-safe (a stateless bean).
 */
@Stateless
@DeclareRoles({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@RolesAllowed({Role.VOLUNTEER_NAME, Role.SUPERVISOR_NAME, Role.HANDLER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class CategoryService {

    /** For renaming and switching, which make no category: {@link #add} gives new ones their own deadlines. */
    private static final ChoiceList<Category> CATEGORIES = withDeadlines(24, 5);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditService audit;

    @Inject
    private ChoiceListService choices;

    /** The active categories, in their order. */
    public List<Category> active() {
        return em.createQuery("select c from Category c where c.active = true order by c.position, c.id", Category.class)
                .getResultList();
    }

    /** Every category, active or not, in their order. */
    @RolesAllowed({Role.LEADER_NAME, Role.ADMIN_NAME})
    public List<Category> all() {
        return em.createQuery("select c from Category c order by c.position, c.id", Category.class).getResultList();
    }

    /** Sets a category's deadlines: urgent ones in hours (1 to 720), normal ones in working days (1 to 60). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Category changeDeadlines(long id,
                                    @Min(value = 1, message = "{category.urgentHours.range}") @Max(value = 720, message = "{category.urgentHours.range}") int urgentHours,
                                    @Min(value = 1, message = "{category.normalWorkingDays.range}") @Max(value = 60, message = "{category.normalWorkingDays.range}") int normalWorkingDays) {
        Category category = byId(id);
        String before = category.getUrgentHours() + "h/" + category.getNormalWorkingDays() + "d";
        category.changeDeadlines(urgentHours, normalWorkingDays);
        audit.record("CATEGORY_DEADLINES", "category", category.getName(), before + " → " + urgentHours + "h/" + normalWorkingDays + "d");
        return category;
    }

    /** Adds a category at the end of the list. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Category add(@NotNull @Valid NewCategory category) {
        return choices.add(withDeadlines(category.urgentHours(), category.normalWorkingDays()),
                new ChoiceNames(category.name(), category.nameEn()));
    }

    /** Renames a category; submissions keep it under its new name. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Category rename(long id,
                           @NotBlank(message = "{category.name.required}") @Size(max = 40, message = "{category.name.size}") String name,
                           @NotBlank(message = "{category.nameEn.required}") @Size(max = 60, message = "{category.nameEn.size}") String nameEn) {
        return choices.rename(CATEGORIES, id, new ChoiceNames(name, nameEn));
    }

    /** Offers a category on the forms again, or no longer (it stays on the submissions that have it). */
    @RolesAllowed(Role.ADMIN_NAME)
    public Category setActive(long id, boolean active) {
        return choices.setActive(CATEGORIES, id, active);
    }

    /** Categories as one of the lists admins keep, whose new entries get the given deadlines. */
    private static ChoiceList<Category> withDeadlines(int urgentHours, int normalWorkingDays) {
        return new ChoiceList<>(Category.class, "category",
                (name, nameEn, position) -> new Category(name, nameEn, urgentHours, normalWorkingDays, position));
    }

    private Category byId(long id) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw new CategoryNotFoundException(String.valueOf(id));
        }
        return category;
    }
}
